package accord.search;

import java.util.Objects;

/**
 * A record's date as its result row shows it: {@code date} as the record's page in the row's language writes it
 * ({@code 14 ноября 2024}; empty for a record with no date), and how it is known ({@code basis}, its {@code date_basis};
 * empty when the record does not say) in the language it was written in ({@code basisLang}: the row's where the
 * translation gives it, the default language's where it falls back to the record's own file; empty where it has none,
 * as an enum's code). The two are parts, as on the record's pages, so that a basis in another language than the row's
 * can say so.
 */
public record ResultDate(String date, String basis, String basisLang) {
    /** No date. */
    public static final ResultDate NONE = new ResultDate("", "", "");

    public ResultDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(basisLang, "basisLang");
    }

    /**
     * Appends the row's date to {@code row} as JSON, for a document in {@code lang}: a string where there is no basis
     * (a record without one costs the index nothing more), else {@code [date, basis]}, with the basis's language third
     * where it is not {@code lang}: {@code ["14 ноября 2024","date of the report","en"]}. search.js writes the basis in
     * parentheses after the date, in a {@code <span lang>} when it has a language of its own, as the theme's
     * {@code layout.time} and {@code layout.line} do.
     */
    void appendTo(StringBuilder row, String lang) {
        if (basis.isEmpty() || date.isEmpty()) {
            accord.text.Json.quote(row, date);
            return;
        }
        row.append('[');
        accord.text.Json.quote(row, date);
        row.append(',');
        accord.text.Json.quote(row, basis);
        if (!basisLang.isEmpty() && !basisLang.equals(lang)) {
            row.append(',');
            accord.text.Json.quote(row, basisLang);
        }
        row.append(']');
    }
}
