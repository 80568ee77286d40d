/**
 * Markdown to HTML with flexmark, built once per build. Links to other {@code .md} files are
 * rewritten through a {@link LinkResolver} that this package owns, so it never needs the model.
 * May import {@code accord.problem} and {@code accord.text}.
 */
package accord.markdown;
