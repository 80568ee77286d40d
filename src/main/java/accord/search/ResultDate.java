package accord.search;

import java.util.Objects;

/**
 * A record's date as its result row shows it: {@code iso} as the record's date field holds it ({@code 2024-11-14},
 * {@code 2024-11} or {@code 2024}; the {@code datetime} of the result's {@code <time>}, as on the record's pages),
 * {@code date} as the record's page in the row's language writes it ({@code 14 ноября 2024}; both empty for a record
 * with no date), and how it is known ({@code basis}, its {@code date_basis}; empty when the record does not say) in the
 * language it was written in ({@code basisLang}: the row's where the translation gives it, the default language's where
 * it falls back to the record's own file; empty where it has none, as an enum's code). The two are parts, as on the
 * record's pages, so that a basis in another language than the row's can say so.
 */
public record ResultDate(String iso, String date, String basis, String basisLang) {
    /** No date. */
    public static final ResultDate NONE = new ResultDate("", "", "", "");

    public ResultDate {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(basisLang, "basisLang");
        if (iso.isEmpty() != date.isEmpty()) throw new IllegalArgumentException("iso and date: both or neither, not '" + iso + "' and '" + date + "'");
    }

    /**
     * Appends the row's date to {@code row} as JSON, for a document in {@code lang}: {@code ""} where there is no date
     * (such a row is as it was before dates had their ISO form), else {@code [iso, date]}, with the basis third where
     * the record says how the date is known, and the basis's language fourth where it is not {@code lang}:
     * {@code ["2024-11-14","14 ноября 2024","date of the report","en"]}. search.js writes the date in a
     * {@code <time datetime>} and the basis in parentheses after it, in a {@code <span lang>} when it has a language of
     * its own, as the theme's {@code layout.time} does.
     */
    void appendTo(StringBuilder row, String lang) {
        if (date.isEmpty()) {
            accord.text.Json.quote(row, date);
            return;
        }
        row.append('[');
        accord.text.Json.quote(row, iso);
        row.append(',');
        accord.text.Json.quote(row, date);
        if (!basis.isEmpty()) {
            row.append(',');
            accord.text.Json.quote(row, basis);
            if (!basisLang.isEmpty() && !basisLang.equals(lang)) {
                row.append(',');
                accord.text.Json.quote(row, basisLang);
            }
        }
        row.append(']');
    }
}
