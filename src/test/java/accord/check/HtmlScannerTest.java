package accord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlScannerTest {
    @Test
    void attributeValuesAreDecodedAsJsoupDecodesThem() {
        // Pieces that make the templates' five escapes, other named and numeric references, with and without their
        // semicolons, and the near misses between them.
        List<String> pieces = List.of("a", "é", " ", "&", ";", "=", "#", "x", "amp", "&amp;", "&amp", "&lt;", "&gt;",
                "&quot;", "&quot", "&#39;", "&#39", "&#x27;", "&#65;", "&eacute;", "&eacute", "&ampx", "&amp=", "&nbsp;",
                "&notin;", "&not", "&#0;", "&#xD800;", "&bogus;");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder raw = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) raw.append(pieces.get(random.nextInt(pieces.size())));
            String value = raw.toString();
            assertThat(HtmlScanner.decode(value)).as(value).isEqualTo(Parser.unescapeEntities(value, true));
        }
    }

    @Test
    void aLinkAndAnIdAreFoundWithTheirEscapesDecoded() {
        HtmlScanner.Found found = HtmlScanner.scan("<p id=\"it&#39;s\"><a href=\"/q?a=1&amp;b=&quot;2&quot;\">x</a>"
                + "<a href='/caf&eacute;/'>y</a>");
        assertThat(found.ids()).containsExactly("it's");
        assertThat(found.links()).containsExactly("/q?a=1&b=\"2\"", "/café/");
    }
}
