package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What site.yml says readers see, in each of the portal's languages: {@code <key>_<lang>}, else the default's, marked. */
class SiteTextsBuildTest {
    private static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, label_es: Título, translatable: true }
            collections:
              standards:
                title: Standards
                title_es: Normas
                singular: Standard
                singular_es: Norma
                fields:
                  code: { type: string, label: Code }
              topics:
                title: Topics
                singular: Topic
                fields:
                  note: { type: string, label: Note }
            -- content/site.yml --
            title: Open Standards Registry
            title_es: Registro de Normas Abiertas
            description: Standards of the Open Standards Body.
            description_es: Normas del Organismo de Normas Abiertas.
            base_url: https://accord.test/osr/
            languages: [en, es]
            publisher: the Standards Secretariat
            publisher_es: la Secretaría de Normas
            navigation:
              - { title: All standards, title_es: Todas las normas, href: standards/ }
              - { title: Topics, href: topics/ }
              - { title: Search here, href: search/ }
            featured:
              - { collection: standards, title: Latest standards, title_es: Últimas normas, limit: 5 }
              - { collection: topics, title: Some topics }
            highlights:
              - record: standards/osb-100
                summary: The current **data exchange** standard.
                summary_es: La norma vigente de **intercambio de datos**.
            intro: |
              The public register of the Open Standards Body.
            intro_es: |
              El registro público del Organismo de Normas Abiertas.
            -- content/standards/osb-100.md --
            ---
            title: "OSB 100"
            code: "100"
            ---
            -- content/topics/data.md --
            ---
            title: "Data"
            ---
            """;

    /** The build's problems, but for the warning that the theme has no Spanish words (the pages' own words stay English). */
    private static java.util.List<String> problems(Path root) {
        return TestPortal.problems(TestPortal.build(root)).stream()
                .filter(p -> !p.startsWith("templates/i18n/es.yml: warning: no words for the language 'es'")).toList();
    }

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void theSpanishHomePageShowsWhatSiteYmlSaysInSpanishAndWhatItLeavesInEnglishMarkedSo(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        assertThat(problems(root)).isEmpty();
        Document es = page(root, "es/index.html");
        assertThat(es.selectFirst("title").text()).isEqualTo("Registro de Normas Abiertas");
        Element h1 = es.selectFirst(".hero h1");
        assertThat(h1.text()).isEqualTo("Registro de Normas Abiertas");
        assertThat(h1.hasAttr("lang")).isFalse();
        Element intro = es.selectFirst(".hero .intro");
        assertThat(intro.text()).isEqualTo("El registro público del Organismo de Normas Abiertas.");
        assertThat(intro.hasAttr("lang")).isFalse();
        assertThat(es.selectFirst(".site-title a").text()).isEqualTo("Registro de Normas Abiertas");
        assertThat(es.selectFirst(".site-title a").hasAttr("lang")).isFalse();
        Element publisher = es.selectFirst(".publisher span");
        assertThat(publisher.text()).isEqualTo("la Secretaría de Normas");
        assertThat(publisher.hasAttr("lang")).isFalse();
        assertThat(es.selectFirst("meta[name=description]").attr("content")).isEqualTo("Normas del Organismo de Normas Abiertas.");
        // A featured list's own title: in Spanish where site.yml gives one, else in English, marked.
        Element latest = es.selectFirst("#featured-standards");
        assertThat(latest.text()).isEqualTo("Últimas normas");
        assertThat(latest.hasAttr("lang")).isFalse();
        Element topics = es.selectFirst("#featured-topics");
        assertThat(topics.text()).isEqualTo("Some topics");
        assertThat(topics.attr("lang")).isEqualTo("en");
        // The highlight's summary, in Spanish, not inside an English-marked block.
        Element card = es.selectFirst(".card");
        assertThat(card.select("div[lang]")).isEmpty();
        assertThat(card.select("p").last().text()).isEqualTo("La norma vigente de intercambio de datos.");
        // Navigation: site.yml's title_es; else the collection's Spanish title; else site.yml's English, marked.
        assertThat(es.select("nav.sections a").eachText())
                .containsExactly("Todas las normas", "Topics", "Search here");
        assertThat(es.select("nav.sections a").stream().map(a -> a.attr("lang")).toList()).containsExactly("", "en", "en");
        // The English home page is as site.yml's default texts say, with no marks.
        Document en = page(root, "index.html");
        assertThat(en.selectFirst(".hero h1").text()).isEqualTo("Open Standards Registry");
        assertThat(en.selectFirst(".hero .intro").text()).isEqualTo("The public register of the Open Standards Body.");
        assertThat(en.selectFirst("#featured-standards").text()).isEqualTo("Latest standards");
        assertThat(en.select("nav.sections a").eachText()).containsExactly("All standards", "Topics", "Search here");
        assertThat(en.select("body [lang]").stream().filter(e -> e.closest("nav.languages") == null).toList()).isEmpty();
    }

    @Test
    void aSpanishListPageNamesTheSiteInSpanishAndTheFeedStaysInTheDefaultLanguage(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        assertThat(problems(root)).isEmpty();
        Document list = page(root, "es/standards/index.html");
        assertThat(list.selectFirst("title").text()).isEqualTo("Normas · Registro de Normas Abiertas");
        assertThat(list.selectFirst(".site-footer p").text()).startsWith("Registro de Normas Abiertas, ");
        assertThat(list.selectFirst(".site-footer p").text()).contains("la Secretaría de Normas");
        assertThat(list.selectFirst("meta[name=description]").attr("content")).contains("Registro de Normas Abiertas");
        String feed = Files.readString(root.resolve("site/feed.xml"), StandardCharsets.UTF_8);
        assertThat(feed).contains("<title>Open Standards Registry</title>", "<name>the Standards Secretariat</name>");
        assertThat(feed).doesNotContain("Registro", "Secretaría");
    }

    /** What names the site in a page's head and data (og:site_name, the Data page's JSON-LD). */
    @Test
    void theHeadAndTheDataPageNameTheSiteInThePagesLanguage(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        assertThat(problems(root)).isEmpty();
        Document record = page(root, "es/standards/osb-100/index.html");
        assertThat(record.select("meta[property=og:site_name]").attr("content")).isEqualTo("Registro de Normas Abiertas");
        assertThat(page(root, "es/search/index.html").select("meta[property=og:site_name]").attr("content"))
                .isEqualTo("Registro de Normas Abiertas");
        String ld = page(root, "es/data/index.html").select("script[type=application/ld+json]").html();
        assertThat(ld).contains("\"name\":\"Registro de Normas Abiertas\"", "\"description\":\"Normas del Organismo de Normas Abiertas.\"");
        assertThat(page(root, "standards/osb-100/index.html").select("meta[property=og:site_name]").attr("content"))
                .isEqualTo("Open Standards Registry");
    }

    @Test
    void aTextLeftInTheDefaultLanguageIsMarkedWithItOnAnotherLanguagesPage(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL + """
                -- content/site.yml --
                title: Open Standards Registry
                base_url: https://accord.test/osr/
                languages: [en, es]
                publisher: the Standards Secretariat
                intro: The public register.
                """);
        assertThat(problems(root)).isEmpty();
        Document es = page(root, "es/index.html");
        assertThat(es.selectFirst(".hero h1").attr("lang")).isEqualTo("en");
        assertThat(es.selectFirst(".hero .intro").attr("lang")).isEqualTo("en");
        assertThat(es.selectFirst(".publisher span").attr("lang")).isEqualTo("en");
        assertThat(es.selectFirst(".hero .intro").text()).isEqualTo("The public register.");
    }

    @Test
    void aSuffixNamingALanguageSiteYmlDoesNotListIsAnErrorAtItsLine(@TempDir Path root) {
        TestPortal.write(root, PORTAL.replace("title_es: Últimas normas", "title_fr: Dernières normes")
                .replace("intro_es: |", "intro_en: |").replace("languages: [en, es]", "languages: [en, es]\nabout_es: Acerca"));
        assertThat(problems(root)).containsExactly(
                "content/site.yml:7:1: error: about_es: about is written in one language, the default; only title,"
                        + " description, intro, publisher and the titles and summaries of navigation, featured and highlights"
                        + " take a language suffix (remove the line)",
                "content/site.yml:15:55: error: featured[0].title_fr: no language 'fr' in site.yml (add it to languages:"
                        + " [en, es], or remove the line)",
                "content/site.yml:23:1: error: intro_en: en is the default language, whose text is intro (write it there,"
                        + " and remove this line)");
    }

    /** The Data page's line on the CSV columns, as its page shows it. */
    private static String csvColumnsLine(Document data) {
        return data.selectFirst("#csv + ul li:nth-child(2)").text();
    }

    @Test
    void theDataPageNamesThePortalsOwnOtherLanguageInItsExampleOfTheirCsvColumns(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        assertThat(problems(root)).isEmpty();
        String en = csvColumnsLine(page(root, "data/index.html"));
        assertThat(en).endsWith("Each of the portal's other languages has its columns after it: the page in that language"
                + " (record_url:es), the translated fields (field:es, …) and record_body:es, empty where the record is not"
                + " translated.");
        assertThat(en).doesNotContain(":ru");
        assertThat(csvColumnsLine(page(root, "es/data/index.html"))).contains("record_url:es").doesNotContain(":ru");
        // In Russian, as a portal in Russian and Azerbaijani shows it on each language's page.
        Path ru = root.resolve("ru");
        TestPortal.write(ru, PORTAL + """
                -- content/site.yml --
                title: Open Standards Registry
                languages: [en, az, ru]
                """);
        assertThat(TestPortal.problems(TestPortal.build(ru))).isEmpty();
        assertThat(csvColumnsLine(page(ru, "ru/data/index.html"))).contains("record_url:ru", "record_body:ru")
                .doesNotContain(":az");
        assertThat(csvColumnsLine(page(ru, "data/index.html"))).contains("record_url:az").doesNotContain(":ru");
    }

    @Test
    void theDataPageOfAPortalInOneLanguageSaysNothingOfOtherLanguagesColumns(@TempDir Path root) throws IOException {
        TestPortal.write(root, TestPortal.PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        assertThat(csvColumnsLine(page(root, "data/index.html"))).isEqualTo("The first columns are record_slug,"
                + " record_lasting_id and record_url, then the fields in the schema's order, then record_body, the text in"
                + " Markdown.");
    }

    /** A portal in English and Spanish whose reports cite graded sources; {@code caveats} adds a caveats field. */
    private static String graded(boolean caveats, boolean about) {
        return """
                -- content/schema.yml --
                common:
                  title: { type: string, required: true, label: Title, translatable: true }
                  sources:
                    type: list(object)
                    label: Sources
                    fields:
                      title: { type: string, required: true, label: Title }
                      quality: { type: enum(a|b|c), required: true, label: Grade }
                """ + (caveats ? """
                  caveats:
                    type: list(object)
                    label: Caveats
                    fields:
                      text: { type: text, required: true, label: Caveat }
                """ : "") + """
                collections:
                  reports:
                    title: Reports
                    singular: Report
                    fields:
                      code: { type: string, label: Code }
                -- content/site.yml --
                title: Graded
                base_url: https://accord.test/graded/
                languages: [en, es]
                """ + (about ? "about: How we grade, a being the body's own publication.\n" : "") + """
                -- content/reports/one.md --
                ---
                title: "One"
                sources:
                  - { title: "The body's report", quality: a }
                ---
                -- content/reports/one.es.md --
                ---
                title: "Uno"
                ---
                """;
    }

    @Test
    void theFooterSpeaksOfCaveatsOnlyWhereSomeCollectionHasACaveatsField(@TempDir Path root) throws IOException {
        Path without = root.resolve("without");
        TestPortal.write(without, graded(false, true));
        assertThat(problems(without)).isEmpty();
        assertThat(page(without, "reports/one/index.html").selectFirst(".site-footer p").text())
                .isEqualTo("Graded. Every page lists the sources its facts come from, graded a to c.");
        Path with = root.resolve("with");
        TestPortal.write(with, graded(true, true));
        assertThat(problems(with)).isEmpty();
        assertThat(page(with, "reports/one/index.html").selectFirst(".site-footer p").text())
                .isEqualTo("Graded. Every page lists the sources its facts come from, graded a to c. Where the sources"
                        + " leave a fact open, a caveat beside it says so.");
    }

    @Test
    void theLinkOnHowSourcesAreGradedLeadsToTheAboutPageWhereThereIsOneInItsLanguage(@TempDir Path root) throws IOException {
        Path with = root.resolve("with");
        TestPortal.write(with, graded(true, true));
        assertThat(problems(with)).isEmpty();
        Element en = page(with, "reports/one/index.html").selectFirst("p.grades a");
        assertThat(en.text()).isEqualTo("How sources are graded");
        assertThat(en.attr("href")).isEqualTo("../../about/");
        assertThat(en.hasAttr("hreflang")).isFalse();
        // On a Spanish page it leads to the English about page, as the footer's About link says.
        Document es = page(with, "es/reports/one/index.html");
        assertThat(es.selectFirst("p.grades a").attr("href")).isEqualTo("../../../about/");
        assertThat(es.selectFirst("p.grades a").attr("hreflang")).isEqualTo("en");
        assertThat(es.selectFirst(".site-footer a[href$=\"about/\"]").attr("hreflang")).isEqualTo("en");
        // Without an about page, no link: it would lead nowhere.
        Path without = root.resolve("without");
        TestPortal.write(without, graded(true, false));
        assertThat(problems(without)).isEmpty();
        assertThat(page(without, "reports/one/index.html").select("p.grades a")).isEmpty();
        assertThat(page(without, "es/reports/one/index.html").select("p.grades a")).isEmpty();
    }
}
