package accord.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTest {
    @Test
    void aKindIsGivenTheArticleItIsSaidWith() {
        assertThat(SiteBuilder.article("person")).isEqualTo("a person");
        assertThat(SiteBuilder.article("event")).isEqualTo("an event");
        assertThat(SiteBuilder.article("organization")).isEqualTo("an organization");
        assertThat(SiteBuilder.article("news item")).isEqualTo("a news item");
        // Initialisms go by their first letter's name.
        assertThat(SiteBuilder.article("NGO")).isEqualTo("an NGO");
        assertThat(SiteBuilder.article("UN body")).isEqualTo("a UN body");
        assertThat(SiteBuilder.article("SDG target")).isEqualTo("an SDG target");
        assertThat(SiteBuilder.article("CAREC programme")).isEqualTo("a CAREC programme");
        assertThat(SiteBuilder.article("G20 summit")).isEqualTo("a G20 summit");
        // Words whose spelling and first sound disagree.
        assertThat(SiteBuilder.article("university")).isEqualTo("a university");
        assertThat(SiteBuilder.article("European body")).isEqualTo("a European body");
        assertThat(SiteBuilder.article("one-off meeting")).isEqualTo("a one-off meeting");
        assertThat(SiteBuilder.article("hour")).isEqualTo("an hour");
        assertThat(SiteBuilder.article("honorary member")).isEqualTo("an honorary member");
    }
}
