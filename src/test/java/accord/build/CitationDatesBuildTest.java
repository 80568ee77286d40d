package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record's downloadable citations (.bib, .ris, .csl.json) and its page's "Cite this record" text gave no date and
 * named the site's title as publisher, while the page's own citation_publisher named site.yml's publisher and its
 * citation_date the record's date: a reference manager that read the file got another citation than one that read the
 * page. Now both say the same, and a date the sources only bound (a date_basis) is left out of both alike.
 */
class CitationDatesBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
            collections:
              sessions:
                title: Sessions
                singular: Session
                fields:
                  date: { type: date, required: true, label: Date }
                  date_basis: { type: string, label: Date basis }
            -- content/site.yml --
            title: Cite portal
            publisher: The Accord editors
            base_url: https://accord.test/portal/
            -- content/sessions/opening.md --
            ---
            title: Opening
            date: 2024-11-11
            ---
            -- content/sessions/spring.md --
            ---
            title: Spring session
            date: 2024-05
            ---
            -- content/sessions/rumoured.md --
            ---
            title: Rumoured session
            date: 2024-03-02
            date_basis: earliest report
            ---
            """;

    @TempDir
    Path dir;

    private static String read(Path site, String path) {
        return DataCheck.utf8(site.resolve(path));
    }

    @Test
    void theCitationFilesAndTextGiveThePublisherAndDateThePageMetaGives() throws IOException {
        Path portal = TestPortal.write(dir.resolve("portal"), PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(portal))).isEmpty();
        Path site = portal.resolve("site");
        Document page = Jsoup.parse(site.resolve("sessions/opening/index.html").toFile(), "UTF-8");
        assertThat(page.select("meta[name=citation_publisher]").attr("content")).isEqualTo("The Accord editors");
        assertThat(page.select("meta[name=citation_date]").attr("content")).isEqualTo("2024-11-11");
        assertThat(read(site, "data/sessions/opening.bib")).isEqualTo("""
                @misc{sessions-opening,
                  title = {{Opening}},
                  organization = {Cite portal},
                  publisher = {The Accord editors},
                  year = {2024},
                  date = {2024-11-11},
                  howpublished = {\\url{https://accord.test/portal/sessions/opening/}},
                  url = {https://accord.test/portal/sessions/opening/},
                  note = {Session record}
                }
                """);
        assertThat(read(site, "data/sessions/opening.ris")).isEqualTo("TY  - ELEC\r\nID  - sessions-opening\r\nTI  - Opening\r\nT2  - Cite portal\r\n"
                + "PB  - The Accord editors\r\nPY  - 2024\r\nDA  - 2024/11/11/\r\n"
                + "UR  - https://accord.test/portal/sessions/opening/\r\nN1  - Session record\r\nER  - \r\n");
        assertThat(JsonCheck.parse(read(site, "data/sessions/opening.csl.json"))).isEqualTo(List.of(Map.of("id",
                "sessions/opening", "type", "webpage", "title", "Opening", "container-title", "Cite portal",
                "publisher", "The Accord editors", "issued", Map.of("date-parts", List.of(List.of(2024.0, 11.0, 11.0))),
                "URL", "https://accord.test/portal/sessions/opening/", "note", "Session record")));
        assertThat(page.selectFirst("p.citation").text()).isEqualTo(
                "“Opening”. Session record in Cite portal. The Accord editors, 2024-11-11. https://accord.test/portal/sessions/opening/");

        // A month: the parts it has.
        assertThat(read(site, "data/sessions/spring.bib")).contains("  year = {2024},\n  date = {2024-05},\n");
        assertThat(read(site, "data/sessions/spring.ris")).contains("\r\nPY  - 2024\r\nDA  - 2024/05//\r\n");
        assertThat(read(site, "data/sessions/spring.csl.json")).contains("\"issued\"");
        assertThat(JsonCheck.parse(read(site, "data/sessions/spring.csl.json")).toString()).contains("date-parts=[[2024.0, 5.0]]");

        // A date its basis qualifies is in no citation, as the page's meta leaves it out.
        Document rumoured = Jsoup.parse(site.resolve("sessions/rumoured/index.html").toFile(), "UTF-8");
        assertThat(rumoured.select("meta[name=citation_date]")).isEmpty();
        assertThat(read(site, "data/sessions/rumoured.bib")).contains("  publisher = {The Accord editors},\n")
                .doesNotContain("year").doesNotContain("date =");
        assertThat(read(site, "data/sessions/rumoured.ris")).doesNotContain("PY  - ").doesNotContain("DA  - ");
        assertThat(read(site, "data/sessions/rumoured.csl.json")).doesNotContain("issued");
        assertThat(rumoured.selectFirst("p.citation").text()).isEqualTo(
                "“Rumoured session”. Session record in Cite portal. The Accord editors. https://accord.test/portal/sessions/rumoured/");
    }

    /**
     * A publisher written in lower case ("the Accord editors", as it reads in "kept by the Accord editors") begins a
     * sentence in the page's citation, so it is capitalised there; the footer and the citation files keep it as written.
     */
    @Test
    void aLowerCasePublisherBeginsTheCitationsSentenceCapitalised() throws IOException {
        Path portal = TestPortal.write(dir.resolve("lower"), PORTAL.replace("publisher: The Accord editors", "publisher: the Accord editors"));
        assertThat(TestPortal.problems(TestPortal.build(portal))).isEmpty();
        Path site = portal.resolve("site");
        Document page = Jsoup.parse(site.resolve("sessions/opening/index.html").toFile(), "UTF-8");
        assertThat(page.selectFirst("p.citation").text()).isEqualTo(
                "“Opening”. Session record in Cite portal. The Accord editors, 2024-11-11. https://accord.test/portal/sessions/opening/");
        assertThat(page.selectFirst("footer").text()).contains("the Accord editors");
        assertThat(read(site, "data/sessions/opening.ris")).contains("\r\nPB  - the Accord editors\r\n");
    }
}
