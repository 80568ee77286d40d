package accord.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldPathTest {
    @Test
    void spellsNestedPathsAsMessagesShowThem() {
        SiteBuilder.FieldPath quotes = new SiteBuilder.FieldPath(null, "quotes", -1);
        assertThat(quotes).hasToString("quotes");
        assertThat(quotes.item(2, 3)).hasToString("quotes[2]");
        assertThat(quotes.item(0, 1).field("speaker")).hasToString("quotes[0].speaker");
        assertThat(quotes.item(0, 1).field("speakers").item(1, 2)).hasToString("quotes[0].speakers[1]");
    }
}
