package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's own pages in every language of a portal: home, lists (paginated), timeline, search, data and 404 at
 * {@code <lang>/…}, with the theme's words, dates and numbers in that language, translated titles where they exist
 * and the default language's, marked with {@code lang}, where not; a switcher and hreflang alternates on each; and
 * what the exports, JSON-LD and the data-quality report say about the languages.
 */
class LanguagePagesBuildTest {
    /** The languages fixture with one page per list, and a second meeting that is not translated. */
    static final String PORTAL = LanguagesBuildTest.PORTAL.replace("languages: [en, ru, az]\n",
            "languages: [en, ru, az]\npage_size: 1\n").replace("  people:\n    title: People\n",
            "  people:\n    title: People\n    jsonld: Person\n") + """
            -- content/meetings/two.md --
            ---
            title: "The second meeting"
            date: "2024-12-02"
            status: planned
            chair: ada
            ---
            """;

    private static final List<String> SITE_PAGES = List.of("index.html", "meetings/index.html", "meetings/page/2/index.html",
            "people/index.html", "timeline/index.html", "timeline/2024/index.html", "search/index.html", "data/index.html",
            "404.html");

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    private static Path built(Path root) {
        TestPortal.write(root, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        return root;
    }

    @Test
    void everySitePageExistsInEachLanguageWithItsLangAlternatesAndASwitcher(@TempDir Path root) throws IOException {
        built(root);
        for (String path : SITE_PAGES) {
            for (String lang : List.of("en", "ru", "az")) {
                String file = lang.equals("en") ? path : lang + "/" + path;
                Document d = page(root, file);
                assertThat(d.selectFirst("html").attr("lang")).as(file).isEqualTo(lang);
                if (path.equals("404.html")) continue; // served at any address: its links start from the base path
                String clean = path.equals("index.html") ? "" : path.replace("index.html", "");
                assertThat(d.select("link[rel=alternate][hreflang]").stream().map(e -> e.attr("hreflang") + " " + e.attr("href")))
                        .as(file).containsExactly("en https://accord.test/fx/" + clean, "ru https://accord.test/fx/ru/" + clean,
                                "az https://accord.test/fx/az/" + clean);
                String up = "../".repeat((int) file.chars().filter(c -> c == '/').count());
                assertThat(d.select("nav.languages a").eachAttr("href")).as(file)
                        .containsExactly(up + clean, up + "ru/" + clean, up + "az/" + clean);
                assertThat(d.select("nav.languages a[aria-current=page]").attr("hreflang")).as(file).isEqualTo(lang);
            }
        }
        // Nothing of a page in one language leads to another language's list by accident.
        Document ruHome = page(root, "ru/index.html");
        assertThat(ruHome.select("nav.sections a").eachAttr("href")).contains("../ru/meetings/", "../ru/people/", "../ru/timeline/");
        assertThat(ruHome.select(".site-title a").attr("href")).isEqualTo("../ru/");
        assertThat(page(root, "ru/404.html").select("main a").eachAttr("href")).contains("/fx/ru/", "/fx/ru/meetings/");
    }

    @Test
    void aListCellWithNoValueSaysSoInThePagesLanguage(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL.replace("status: planned\nchair: ada\n", "status: planned\n"));
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        // One meeting a page: the second meeting, with no chair, is on the second.
        String second = "meetings/page/2/index.html";
        assertThat(page(root, second).select("td[data-label=Chair]").eachText()).containsExactly("Not recorded");
        assertThat(page(root, "ru/" + second).select("td .none").eachText()).containsExactly("Не указано");
        assertThat(page(root, "az/" + second).select("td .none").eachText()).containsExactly("Qeyd edilməyib");
    }

    @Test
    void theSectionsMenuMarksTheSectionsPageAsCurrentAndThePagesInItAsInIt(@TempDir Path root) throws IOException {
        built(root);
        Map<String, String> expected = Map.of("meetings/index.html", "page", "ru/meetings/index.html", "page",
                "meetings/page/2/index.html", "true", "meetings/one/index.html", "true", "ru/meetings/one/index.html", "true",
                "timeline/index.html", "page", "timeline/2024/index.html", "true");
        expected.forEach((file, current) -> {
            try {
                Document d = page(root, file);
                String section = file.contains("timeline") ? "timeline/" : "meetings/";
                assertThat(d.select("nav.sections a[aria-current]").stream().map(a -> a.attr("href").replaceAll("^(\\.\\./)+(ru/)?", "")
                        + " " + a.attr("aria-current"))).as(file).containsExactly(section + " " + current);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(page(root, "index.html").select("nav.sections a[aria-current]")).isEmpty();
    }

    @Test
    void theHomePagesWordsFromSiteYmlAreMarkedAsTheDefaultLanguageElsewhere(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL.replace("languages: [en, ru, az]\n", "languages: [en, ru, az]\npublisher: \"The editors\"\n"
                + "featured:\n  - { collection: people, title: \"Who is who\" }\n  - { collection: meetings }\n"));
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        Document ru = page(root, "ru/index.html");
        assertThat(ru.select("#featured-people").attr("lang")).isEqualTo("en");
        assertThat(ru.select("#featured-people").text()).isEqualTo("Who is who");
        // Without a title of its own, a list is headed with its collection's title in the page's language.
        assertThat(ru.select("#featured-meetings").text()).isEqualTo("Встречи");
        assertThat(ru.select("#featured-meetings").hasAttr("lang")).isFalse();
        assertThat(ru.select(".publisher span[lang=en]").text()).isEqualTo("The editors");
        Document en = page(root, "index.html");
        assertThat(en.select("#featured-people, #featured-meetings, .publisher span").eachAttr("lang")).isEmpty();
    }

    @Test
    void theTimelinesIndexSaysWhatItsYearsAreBeforeListingThem(@TempDir Path root) throws IOException {
        built(root);
        for (String file : List.of("timeline/index.html", "ru/timeline/index.html")) {
            List<String> main = page(root, file).select("main > p, main > nav.years").stream().map(Element::tagName).toList();
            assertThat(main).as(file).containsExactly("p", "nav");
        }
        assertThat(page(root, "timeline/2024/index.html").select("main > p")).isEmpty();
    }

    @Test
    void aListInAnotherLanguageShowsTranslatedTitlesAndMarksTheOthersWithTheirLanguage(@TempDir Path root) throws IOException {
        built(root);
        Document ru = page(root, "ru/meetings/index.html");
        assertThat(ru.select("h1").text()).isEqualTo("Встречи");
        assertThat(ru.select("main p.meta").first().text()).startsWith("Записей: 2, страница 1 из 2.");
        Element first = ru.selectFirst("table.records tbody th a");
        assertThat(first.text()).isEqualTo("Первая встреча");
        assertThat(first.attr("href")).isEqualTo("../../ru/meetings/one/");
        assertThat(first.hasAttr("lang")).isFalse();
        assertThat(ru.select("table.records time").text()).isEqualTo("14 ноября 2024");
        assertThat(ru.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("../../ru/meetings/page/2/");
        assertThat(ru.select("nav.pagination").text()).isEqualTo("Страница 1 из 2 Следующая страница");

        Document second = page(root, "ru/meetings/page/2/index.html");
        assertThat(second.select("h1").text()).isEqualTo("Встречи (страница 2 из 2)");
        Element fallback = second.selectFirst("table.records tbody th a");
        assertThat(fallback.text()).isEqualTo("The second meeting");
        assertThat(fallback.attr("lang")).isEqualTo("en");
        assertThat(fallback.attr("hreflang")).isEqualTo("en");
        assertThat(fallback.attr("href")).isEqualTo("../../../../meetings/two/");
        assertThat(second.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("../../../../ru/meetings/");

        Document az = page(root, "az/meetings/index.html");
        assertThat(az.select("table.records time").text()).isEqualTo("14 noyabr 2024");
        assertThat(az.select("table.records tbody th a").text()).isEqualTo("Birinci görüş");
    }

    @Test
    void theHomePageTimelineSearchDataAnd404SpeakTheirLanguage(@TempDir Path root) throws IOException {
        built(root);
        Document az = page(root, "az/index.html");
        assertThat(az.select("h1").attr("lang")).isEqualTo("en"); // the site's title is written in English
        assertThat(az.select("#collections-heading").text()).isEqualTo("Toplunun bölmələri");
        assertThat(az.select("#latest-heading").text()).isEqualTo("Xronologiyada sonuncular");
        assertThat(az.select("ol.timeline time").eachText()).containsExactly("2 dekabr 2024", "14 noyabr 2024");
        assertThat(az.select("ol.timeline a").get(0).attr("lang")).isEqualTo("en");
        assertThat(az.select("ol.timeline a").get(1).hasAttr("lang")).isFalse();

        Document year = page(root, "ru/timeline/2024/index.html");
        assertThat(year.select("h1").text()).isEqualTo("Хронология: 2024");
        assertThat(year.title()).startsWith("Хронология: 2024 · ");
        assertThat(year.select("ol.timeline a").eachAttr("href")).containsExactly("../../../ru/meetings/one/", "../../../meetings/two/");

        Document search = page(root, "ru/search/index.html");
        assertThat(search.select("h1").text()).isEqualTo("Поиск");
        assertThat(search.select("label[for=search-q]").text()).isEqualTo("Поиск по записям");
        assertThat(search.select("script[src]").attr("src")).isEqualTo("../../assets/search.js");
        // search.js writes the result count with the page's words.
        assertThat(search.select("script[src]").attr("data-many")).isEqualTo("Найдено записей: {n}.");
        assertThat(search.select("script[src]").attr("data-none")).isEqualTo("Ничего не найдено.");

        Document data = page(root, "ru/data/index.html");
        assertThat(data.select("h1").text()).isEqualTo("Открытые данные");
        assertThat(data.select("ul.downloads").first().text()).contains("Встречи (Записей: 2): Встречи в JSON · Встречи в CSV");
        assertThat(data.select("main code").first().text()).isEqualTo("id");

        Document notFound = page(root, "ru/404.html");
        assertThat(notFound.select("h1").text()).isEqualTo("Страница не найдена");
        assertThat(notFound.select("main a[href=/fx/ru/]").text()).isEqualTo("Перейти на главную");
    }

    @Test
    void aRecordPageInAnotherLanguageHasItsHistoryAndCitationInThatLanguage(@TempDir Path root) throws IOException {
        built(root);
        Document ru = page(root, "ru/meetings/one/index.html");
        assertThat(ru.select("#record-history-heading").text()).isEqualTo("История");
        // The fixture is built outside a git checkout, so its history is not known; the page says so in Russian.
        assertThat(ru.select("#record-history .notice").text())
                .isEqualTo("История этой записи не показана: эта копия сайта собрана вне рабочей копии git.");
        assertThat(ru.select(".cite .meta").text()).startsWith("Скачать ссылку в формате BibTeX");
        assertThat(ru.select("footer a").eachText()).contains("Что изменилось", "Открытые данные");
        assertThat(ru.select("footer a[href$=changes/]").attr("hreflang")).isEqualTo("en");
        assertThat(ru.select("footer a:contains(Открытые данные)").attr("href")).isEqualTo("../../../ru/data/");
    }

    @Test
    void jsonLdSaysTheLanguageOfEachVersionAndNamesTheOthers(@TempDir Path root) throws IOException {
        built(root);
        String ru = page(root, "ru/meetings/one/index.html").select("script[type=application/ld+json]").html();
        assertThat(ru).contains("\"@id\":\"https://accord.test/fx/meetings/one/\"")
                .contains("\"url\":\"https://accord.test/fx/ru/meetings/one/\"").contains("\"inLanguage\":\"ru\"")
                .contains("{\"@value\":\"Birinci görüş\",\"@language\":\"az\"}");
        String en = page(root, "meetings/one/index.html").select("script[type=application/ld+json]").html();
        assertThat(en).contains("\"inLanguage\":\"en\"").contains("{\"@value\":\"Первая встреча\",\"@language\":\"ru\"}")
                .contains("{\"@value\":\"Birinci görüş\",\"@language\":\"az\"}");
        // A person is no creative work: schema.org gives it no inLanguage, only its names.
        String person = page(root, "people/ada/index.html").select("script[type=application/ld+json]").html();
        assertThat(person).doesNotContain("inLanguage").contains("{\"@value\":\"Ада\",\"@language\":\"ru\"}");
    }

    @Test
    void theCsvFilesCarryEachLanguagesTranslatedFieldsAndBody(@TempDir Path root) throws IOException {
        built(root);
        String csv = Files.readString(root.resolve("site/data/meetings.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("record_slug,record_lasting_id,record_url,title,date,status,place,share,chair,chair_url,record_body,"
                + "record_url:ru,title:ru,place:ru,record_body:ru,record_url:az,title:az,place:az,record_body:az\r\n");
        assertThat(csv).contains(",https://accord.test/fx/ru/meetings/one/,Первая встреча,Баку,\"Она прошла в Баку.\n\","
                + "https://accord.test/fx/az/meetings/one/,Birinci görüş,Baku,\"Görüş Bakıda keçirildi.\n\"\r\n");
        // A translatable field the translation leaves out is the record's own (as in the JSON's translations); the
        // untranslated meeting leaves each language's columns empty.
        assertThat(csv).endsWith(",,,,,,,,\r\n");
        String pkg = Files.readString(root.resolve("site/datapackage.json"), StandardCharsets.UTF_8);
        assertThat(pkg).contains("\"name\": \"title:ru\"").contains("\"name\": \"record_body:az\"");
        // The Data page describes these columns (it said record_body was the last), and the JSON's translations.
        Document data = Jsoup.parse(root.resolve("site/data/index.html").toFile(), "UTF-8");
        assertThat(data.select("#csv + ul li").eachText()).contains("The first columns are record_slug, record_lasting_id and record_url, then"
                + " the fields in the schema's order, then record_body, the text in Markdown. Each of the portal's other"
                + " languages has its columns after it: the page in that language (record_url:ru), the translated"
                + " fields (field:ru, …) and record_body:ru, empty where the record is not translated.",
                "A text cell that begins with =, +, -, @, a tab or a carriage return is written with an apostrophe in front,"
                + " so that a spreadsheet shows it as text instead of running it as a formula; so is a cell that begins with an"
                + " apostrophe, so that removing the first apostrophe of every cell that begins with one gives the exact text."
                + " The JSON files have the exact text.");
        assertThat(data.selectFirst("#json + p").text()).endsWith(" A record's translations are under translations, by language.");
    }

    @Test
    void aPortalInOneLanguageHasNoLanguagePagesNorSwitcher(@TempDir Path root) throws IOException {
        TestPortal.write(root, """
                -- content/schema.yml --
                collections:
                  notes:
                    title: Notes
                    singular: Note
                    fields:
                      title: { type: string, required: true, label: Title }
                -- content/site.yml --
                title: One language
                base_url: https://accord.test/one/
                -- content/notes/a.md --
                ---
                title: "A note"
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        assertThat(root.resolve("site/ru")).doesNotExist();
        Document home = page(root, "index.html");
        assertThat(home.select("nav.languages")).isEmpty();
        assertThat(home.select("link[hreflang]")).isEmpty();
    }
}
