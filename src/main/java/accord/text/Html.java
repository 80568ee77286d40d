package accord.text;

/** Text for HTML written by hand (outside the templates): the five characters that could end text or an attribute value. */
public final class Html {
    private Html() {
    }

    /** {@code s} with {@code & < > " '} as character references, safe in element text and in quoted attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
