/**
 * Text rules shared by every stage: slugs, case and diacritic folding, "did you mean" suggestions.
 * A leaf package: imports nothing from {@code accord}.
 */
package accord.text;
