package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Readers for the feed, sitemap and calendar formats, written from their specifications so the tests check the files
 * field by field rather than by substring: Atom and the sitemap through the JDK's XML parser (namespace-aware, no
 * DOCTYPE), iCalendar (RFC 5545) by its own rules (CRLF line ends, lines of at most 75 octets, folding, TEXT
 * escapes).
 */
final class FeedCheck {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private FeedCheck() {
    }

    /** An XML file parsed strictly: well-formed, namespaces on, no DOCTYPE or external entities. */
    static Document xml(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The elements named {@code name} (in {@code ns}) that are children of {@code parent}. */
    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    /** The text of the one child element {@code name}. */
    static String text(Element parent, String ns, String name) {
        List<Element> c = children(parent, ns, name);
        assertThat(c).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return c.get(0).getTextContent();
    }

    /** One Atom entry or the feed itself, as the fields a reader uses. */
    static Map<String, String> atomFields(Element e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", text(e, ATOM, "title"));
        m.put("id", text(e, ATOM, "id"));
        m.put("updated", text(e, ATOM, "updated"));
        for (Element link : children(e, ATOM, "link")) {
            m.put("link:" + (link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate"), link.getAttribute("href"));
        }
        if (!children(e, ATOM, "summary").isEmpty()) m.put("summary", text(e, ATOM, "summary"));
        for (Element c : children(e, ATOM, "category")) m.put("category", c.getAttribute("term") + "|" + c.getAttribute("label"));
        for (Element a : children(e, ATOM, "author")) m.put("author", text(a, ATOM, "name"));
        return m;
    }

    /** A component of a calendar: its name and its properties in order, each {@code NAME;PARAMS} → unescaped value. */
    record Component(String name, List<Map.Entry<String, String>> properties) {
        String get(String key) {
            return properties.stream().filter(p -> p.getKey().equals(key)).map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    /**
     * An iCalendar file checked line by line (CRLF only, at most 75 octets a line, a folded line starting with one
     * space, no control characters) and read into its VEVENTs and the VCALENDAR's own properties (first).
     */
    static List<Component> ics(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        String[] physical = text.substring(0, text.length() - 2).split("\r\n", -1);
        List<String> lines = new ArrayList<>();
        for (String line : physical) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of: " + line).isLessThanOrEqualTo(75);
            assertThat(line).as("a bare line end or control character in: " + line).doesNotContainPattern("[\\x00-\\x08\\x0a-\\x1f\\x7f\\u2028\\u2029]");
            if (line.startsWith(" ")) {
                assertThat(lines).isNotEmpty();
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        List<Component> out = new ArrayList<>();
        Component current = new Component("VCALENDAR", new ArrayList<>());
        out.add(current);
        for (String line : lines.subList(1, lines.size() - 1)) {
            int colon = line.indexOf(':');
            assertThat(colon).as("a property line: " + line).isPositive();
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if (key.equals("BEGIN")) {
                assertThat(value).isEqualTo("VEVENT");
                current = new Component(value, new ArrayList<>());
                out.add(current);
            } else if (key.equals("END")) {
                assertThat(value).isEqualTo(current.name());
                current = out.get(0);
            } else {
                current.properties().add(Map.entry(key, unescape(value, line)));
            }
        }
        return out;
    }

    /** RFC 5545 3.3.11: {@code \\}, {@code \;}, {@code \,} and {@code \n}; an unescaped {@code ;} or {@code ,} is refused. */
    static String unescape(String value, String line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                char n = value.charAt(++i);
                switch (n) {
                    case '\\', ';', ',' -> sb.append(n);
                    case 'n', 'N' -> sb.append('\n');
                    default -> throw new AssertionError("bad escape \\" + n + " in " + line);
                }
            } else {
                if ((c == ';' || c == ',') && line.matches("(SUMMARY|DESCRIPTION|LOCATION|X-WR-CALNAME|PRODID):.*")) {
                    throw new AssertionError("unescaped '" + c + "' in TEXT: " + line);
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
