/**
 * {@code content/schema.yml} as typed values ({@link Schema}, {@link CollectionDef}, {@link Field},
 * the sealed {@link FieldType}), and the validation of each record into typed, positioned
 * {@link FieldValue}s. May import {@code accord.problem}, {@code accord.text}, {@code accord.content}.
 */
package accord.schema;
