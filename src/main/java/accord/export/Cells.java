package accord.export;

import accord.schema.FieldValue;
import accord.text.Utf8Buffer;

/**
 * The text of a value in a CSV cell, and the CSV rules themselves (RFC 4180: comma-separated,
 * CRLF line ends, a cell quoted when it holds a comma, a quote, a line break or outer spaces, quotes
 * doubled). A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return would be run as a formula by a spreadsheet; it gets a leading apostrophe, which
 * spreadsheets show as "this is text". So that the rule loses nothing, a text that already starts with an
 * apostrophe gets one too: a reader gets the exact text back by removing one leading apostrophe wherever a cell
 * starts with one ({@code =A} is {@code '=A}, {@code '=A} is {@code ''=A}). The JSON files keep every value exactly.
 */
final class Cells {
    /**
     * What joins the items of a list in one cell. An item's own backslashes and bars are escaped with a backslash; an
     * item that is a list is joined the same way first, then escaped as one item.
     */
    static final String SEPARATOR = " | ";

    private Cells() {
    }

    /** A value as plain text: dates as written (ISO), references as their slug (or collection/slug for ref(*)). */
    static String plain(FieldValue v) {
        return FieldValue.text(v);
    }

    /** An item of a joined list, with {@code \} and {@code |} escaped so the separator stays unambiguous. */
    static String item(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('|') < 0) return s;
        return s.replace("\\", "\\\\").replace("|", "\\|");
    }

    /**
     * Made safe for spreadsheets: a leading apostrophe before what would start a formula, and before an apostrophe
     * (else {@code '=A} as written and {@code =A} made safe would be one cell).
     */
    static String safe(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'' ? "'" + s : s;
    }

    /** One cell as RFC 4180 writes it, into {@code out}. */
    static void quote(Utf8Buffer out, String s) {
        if (!needsQuotes(s)) {
            out.append(s);
            return;
        }
        out.ascii('"');
        out.append(s.indexOf('"') < 0 ? s : s.replace("\"", "\"\""));
        out.ascii('"');
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty()) return false;
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }
}
