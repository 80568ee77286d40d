package accord.portable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links to folders made to name their index.html, and nothing else in the page touched. */
class FileLinksTest {
    @Test
    void aRelativeLinkToAFolderNamesItsIndexFileAndKeepsItsQueryAndFragment() {
        assertThat(FileLinks.toFile("../sessions/")).isEqualTo("../sessions/index.html");
        assertThat(FileLinks.toFile("../../")).isEqualTo("../../index.html");
        assertThat(FileLinks.toFile("..")).isEqualTo("../index.html");
        assertThat(FileLinks.toFile(".")).isEqualTo("./index.html");
        assertThat(FileLinks.toFile("a/..")).isEqualTo("a/../index.html");
        assertThat(FileLinks.toFile("search/?q=x&collection=y#r")).isEqualTo("search/index.html?q=x&collection=y#r");
        assertThat(FileLinks.toFile("x/#change-abc")).isEqualTo("x/index.html#change-abc");
    }

    @Test
    void filesFragmentsQueriesAndAddressesOutsideTheCopyAreLeftAlone() {
        for (String url : new String[] {"", "#main", "?q=x", "../assets/style.css", "feed.xml", "https://accord.test/x/",
                "HTTP://x/", "mailto:a@b.c", "//evil.example/", "/carec/sessions/", "\\\\evil/", "javascript:alert(1)/"}) {
            assertThat(FileLinks.toFile(url)).as(url).isEqualTo(url);
        }
    }

    @Test
    void onlyTheValuesThatChangeAreReplacedEveryOtherByteStays() {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><link rel=\"stylesheet\" href=\"../assets/style.css\">"
                + "<link rel=\"canonical\" href=\"https://accord.test/x/\"></head>\n<body><a class=\"x\" href=\"../\">Home</a>"
                + "<a href='../sessions/?q=a&amp;b=c'>S</a> <a href=../topics/>T</a> <A HREF=\"#main\">m</A>"
                + "<form action=\"../search/\" method=\"get\"></form></body></html>\n";
        assertThat(FileLinks.rewrite(page)).isEqualTo("<!DOCTYPE html>\n<html lang=\"en\"><head><link rel=\"stylesheet\""
                + " href=\"../assets/style.css\"><link rel=\"canonical\" href=\"https://accord.test/x/\"></head>\n<body>"
                + "<a class=\"x\" href=\"../index.html\">Home</a><a href=\"../sessions/index.html?q=a&amp;b=c\">S</a>"
                + " <a href=\"../topics/index.html\">T</a> <A HREF=\"#main\">m</A>"
                + "<form action=\"../search/index.html\" method=\"get\"></form></body></html>\n");
        String untouched = "<p><a href=\"x.html\">x</a></p>";
        assertThat(FileLinks.rewrite(untouched)).isSameAs(untouched);
    }

    @Test
    void scriptsStylesCommentsAndTextAreNotLinks() {
        String page = "<script type=\"application/ld+json\">{\"a\":\"<a href=\\\"../x/\\\">\"}</script>"
                + "<!-- <a href=\"../y/\"> --><style>a[href=\"../z/\"]{}</style><title><a href=\"../t/\"></title>"
                + "<p>href=\"../w/\"</p><div data-href=\"../v/\"></div>";
        assertThat(FileLinks.rewrite(page)).isEqualTo(page);
    }

    @Test
    void aRefreshPageSendsTheReaderToAFile() {
        assertThat(FileLinks.rewrite("<meta http-equiv=\"refresh\" content=\"0; url=../../speakers/x/\">"))
                .isEqualTo("<meta http-equiv=\"refresh\" content=\"0; url=../../speakers/x/index.html\">");
        assertThat(FileLinks.rewrite("<meta content=\"0;URL='../x/'\" http-equiv=Refresh>"))
                .isEqualTo("<meta content=\"0;URL=&#39;../x/index.html&#39;\" http-equiv=Refresh>");
        String description = "<meta name=\"description\" content=\"0; url=../x/\">";
        assertThat(FileLinks.rewrite(description)).isEqualTo(description);
    }

    @Test
    void anAddressFromTheWebRootInsideTheSiteIsMadeRelativeToThePage() {
        String page = "<link rel=\"alternate\" hreflang=\"ru\" href=\"/portal/ru/\"><a href=\"/portal/\">Home</a>"
                + "<a href=\"/portal/?q=x\">q</a><a href=\"/portal/data/portal.json\">d</a><a href=\"/other/\">o</a>"
                + "<a href=\"//evil.example/portal/\">e</a><meta http-equiv=\"refresh\" content=\"0; url=/portal/sessions/\">";
        assertThat(FileLinks.rewrite(page, "ru/sessions/index.html", "/portal/")).isEqualTo("<link rel=\"alternate\" hreflang=\"ru\""
                + " href=\"../../ru/index.html\"><a href=\"../../index.html\">Home</a><a href=\"../../index.html?q=x\">q</a>"
                + "<a href=\"../../data/portal.json\">d</a><a href=\"/other/\">o</a><a href=\"//evil.example/portal/\">e</a>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=../../sessions/index.html\">");
        assertThat(FileLinks.rewrite("<a href=\"/\">h</a><a href=\"/?q=x\">q</a><a href=\"/ru/\">r</a>", "index.html", "/"))
                .isEqualTo("<a href=\"./index.html\">h</a><a href=\"./index.html?q=x\">q</a><a href=\"ru/index.html\">r</a>");
    }
}
