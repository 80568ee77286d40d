/**
 * Checks the rendered pages with jsoup: ids unique on each page, every internal href and src
 * resolving to a file of the output (fragments included). May import {@code accord.problem},
 * {@code accord.text}, {@code accord.render}.
 */
package accord.check;
