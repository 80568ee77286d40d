/**
 * The data-quality report ({@code accord report}, and {@code /__accord/report} while serving): per collection, the
 * records no other record refers to, likely duplicates, records without sources or with only sources of the weakest
 * grade, expected fields left empty, and open caveats. Everything it knows about fields comes from the schema's roles
 * and declarations, never from a field's name. It reads the model and writes text, JSON and a preview page; it writes
 * no file of the site. May import problem, text, content, schema, model, and render (for the record pages' addresses).
 */
package accord.report;
