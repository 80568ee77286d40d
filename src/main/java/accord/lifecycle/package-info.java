/**
 * A record's life after publication: current, superseded by another record, or withdrawn. The schema says which
 * fields carry it (the roles {@code lifecycle}, {@code replaced_by}, {@code lifecycle_reason}, {@code lifecycle_date});
 * {@link accord.lifecycle.Lifecycle} reads them, {@link accord.lifecycle.LifecycleCheck} checks them across records.
 * A superseded or withdrawn record keeps its page and its data; it only leaves the default listings.
 * May import {@code accord.problem}, {@code accord.content}, {@code accord.schema}, {@code accord.model}.
 */
package accord.lifecycle;
