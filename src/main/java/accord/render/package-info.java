/**
 * Pages: the URL scheme ({@link Routes}), the view records templates see (documented in
 * README.md), one FreeMarker configuration, and the list, topic, home, 404, feed, sitemap and
 * JSON-LD output as {@link RenderedPage}s. May import {@code accord.problem}, {@code accord.text},
 * {@code accord.config}, {@code accord.model}, {@code accord.markdown} (and the value types of
 * {@code accord.content} and {@code accord.schema} that the model is made of).
 */
package accord.render;
