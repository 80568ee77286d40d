/**
 * The immutable {@link Site}: records keyed by {@link accord.content.RecordId}, references checked
 * (existence, kind, nearest slug), backlinks computed once for the whole portal, drafts filtered.
 * May import {@code accord.problem}, {@code accord.text}, {@code accord.content}, {@code accord.schema},
 * {@code accord.config}.
 */
package accord.model;
