package accord.search;

/**
 * JSON strings that are also safe inside a script: besides quotes, backslashes and control characters,
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \\uXXXX}, so no record text can
 * close a {@code <script>} element, open a comment or end a line of the script it is in. Backticks and
 * {@code ${} need nothing: a double-quoted string is not a template.
 */
final class Json {
    private Json() {
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
