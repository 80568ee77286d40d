package accord.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Writes a text node the way flexmark's core renderer does, without its regular expressions where
 * they cannot change anything. The core renderer unescapes every text node (backslash escapes and
 * entities), normalises its line ends, then escapes it for HTML, each step a regular-expression
 * pass over the text: together about 40% of rendering a body to HTML. Text with no backslash,
 * ampersand or carriage return comes through the first two steps unchanged, so it only needs the
 * last, done here by a loop; any other text takes the core renderer's way.
 * {@code MarkdownRendererPropertyTest} checks both against flexmark's own renderer on random Markdown.
 */
final class PlainText implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainText::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        CharSequence chars = node.getChars();
        String text = chars.toString();
        if (plain(text)) {
            html.raw(escape(text));
        } else {
            html.text(Escaping.normalizeEOL(node.getChars().unescape()));
        }
    }

    /** Whether unescaping and normalising line ends leave {@code text} as it is. */
    static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&' || c == '\r') return false;
        }
        return true;
    }

    /** {@code text} with {@code & < > "} written as entities, as flexmark's {@code Escaping.escapeHtml(text, false)}. */
    static String escape(String text) {
        StringBuilder out = null;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity == null) continue;
            if (out == null) out = new StringBuilder(text.length() + 16);
            out.append(text, from, i).append(entity);
            from = i + 1;
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }
}
