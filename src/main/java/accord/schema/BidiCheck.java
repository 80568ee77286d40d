package accord.schema;

import accord.content.SourceDocument;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.text.BidiControls;

/**
 * Takes bidirectional controls ({@link BidiControls}) out of the text values and the body of a record, with
 * a warning at the line of each value that held one: shown, such a character could make the page's own
 * words read in another order than they are written.
 */
final class BidiCheck {
    private static final String HINT = " (delete it: right-to-left text needs no control character)";

    private BidiCheck() {
    }

    /** {@code text} without controls; a warning at {@code at} (the line within the value) when it had any. */
    static String value(String text, SourcePosition at, String path, Problems problems) {
        var found = BidiControls.find(text);
        if (found.isEmpty()) return text;
        int line = at.line() == 0 ? 0 : at.line() + newlines(text, found.get().offset());
        String stripped = BidiControls.strip(text);
        if (stripped.isBlank()) {
            problems.error(at, path + ": holds nothing but bidirectional control characters (write its value, or delete the line)");
            return stripped;
        }
        problems.warning(new SourcePosition(at.file(), line, line == at.line() ? at.column() : 0),
                path + ": " + what(found.get()) + " removed, since it could reorder the text around it" + HINT);
        return stripped;
    }

    /** {@code doc} with its body's controls taken out; a warning at the body line of the first. */
    static SourceDocument body(SourceDocument doc, Problems problems) {
        if (!doc.markdown().mayHoldBidiControls()) return doc;
        String text = doc.body(); // once: a body not held is read again from its file
        var found = BidiControls.find(text);
        if (found.isEmpty()) return doc;
        int line = doc.bodyLine() + newlines(text, found.get().offset());
        problems.warning(new SourcePosition(doc.path(), line, 0),
                "body: " + what(found.get()) + " removed, since it could reorder the text around it" + HINT);
        return doc.withBody(doc.markdown().stripped());
    }

    private static String what(BidiControls.Found f) {
        return "bidirectional control character " + f.describe() + (f.count() > 1 ? " (and " + (f.count() - 1) + " more)" : "");
    }

    private static int newlines(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) if (text.charAt(i) == '\n') n++;
        return n;
    }
}
