/**
 * The portal as open data, made from the model and the schema alone: each record as JSON, each
 * collection as JSON and CSV, the whole portal as one JSON file, a Frictionless Data package
 * describing the CSV files (their fields, types, keys and licence), and citations of each record in
 * BibTeX, RIS and CSL-JSON. Nothing here names a portal's field or collection: columns, types and
 * foreign keys come from {@code schema.yml}. Where the files go is the build's business
 * ({@link accord.export.Links}). The one thing git's history adds is each record's lasting name
 * ({@link accord.model.LastingNames}), which its feed id, calendar UID and citation keys share.
 */
package accord.export;
