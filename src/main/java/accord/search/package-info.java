/**
 * Search: the folding and tokenising rules (the same as {@code templates/assets/search.js}, held to one
 * file of test vectors), the weights the schema gives each field, and the sharded index the build writes
 * under {@code search/}. May import {@code accord.problem}, {@code accord.text}, {@code accord.model},
 * {@code accord.check} (and the value types of {@code accord.content} and {@code accord.schema} that the
 * model is made of).
 */
package accord.search;
