package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portal in three languages: translations, their pages, the switcher, alternates, fallbacks and mistakes. */
class LanguagesBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, label_ru: Название, translatable: true }
            collections:
              meetings:
                title: Meetings
                title_ru: Встречи
                singular: Meeting
                singular_ru: Встреча
                singular_az: Görüş
                header: [date, status, chair]
                fields:
                  date: { type: date, required: true, label: Date, label_ru: Дата, label_az: Tarix }
                  status: { type: enum(held|planned), label: Status, labels: { held: Held, planned: Planned }, labels_ru: { held: Состоялась, planned: Запланирована } }
                  place: { type: string, label: Place, label_ru: Место, translatable: true }
                  share: { type: string, label: Share }
                  chair: { type: ref(people), label: Chair, backlink: Chaired, backlink_ru: Председательствовал }
              people:
                title: People
                singular: Person
                fields:
                  role: { type: string, label: Role, translatable: true }
            -- content/site.yml --
            title: Fixture
            base_url: https://accord.test/fx/
            languages: [en, ru, az]
            -- content/meetings/one.md --
            ---
            title: "The first meeting"
            date: "2024-11-14"
            status: held
            place: "Baku"
            share: "11.5%"
            chair: ada
            ---
            It was held in [Baku](../people/ada.md).
            -- content/meetings/one.ru.md --
            ---
            title: "Первая встреча"
            place: "Баку"
            date: "2024-11-14"
            ---
            Она прошла в Баку.
            -- content/meetings/one.az.md --
            ---
            title: "Birinci görüş"
            ---
            Görüş Bakıda keçirildi.
            -- content/people/ada.md --
            ---
            title: "Ada"
            role: "Chair"
            ---
            -- content/people/ada.ru.md --
            ---
            title: "Ада"
            role: "Председатель"
            ---
            """;

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void writesEachTranslationAtItsLanguagesAddressWithTranslatedFieldsAndSharedOnes(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        Document ru = page(root, "ru/meetings/one/index.html");
        assertThat(ru.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(ru.selectFirst("h1").text()).isEqualTo("Первая встреча");
        assertThat(ru.selectFirst(".record-kind").text()).isEqualTo("Встреча");
        assertThat(ru.select(".body").text()).isEqualTo("Она прошла в Баку.");
        // Shared: the date and the status come from one.md, in Russian words; the date as Russian readers write it.
        assertThat(ru.select(".head-facts dt").eachText()).containsExactly("Дата", "Status", "Chair");
        assertThat(ru.select(".head-facts dd").eachText()).containsExactly("14 ноября 2024", "Состоялась", "Ада");
        // A link to a translated record leads to its version in the page's language.
        assertThat(ru.selectFirst(".head-facts a").attr("href")).isEqualTo("../../../ru/people/ada/");
        assertThat(ru.select(".facts dd").eachText()).contains("Баку", "11,5 %");
        Document az = page(root, "az/meetings/one/index.html");
        assertThat(az.selectFirst("html").attr("lang")).isEqualTo("az");
        assertThat(az.select(".head-facts dd").first().text()).isEqualTo("14 noyabr 2024");
        assertThat(az.selectFirst(".record-kind").text()).isEqualTo("Görüş");
        // What az does not translate comes from the default language.
        assertThat(az.select(".facts dd").eachText()).contains("Baku");
        Document en = page(root, "meetings/one/index.html");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select(".head-facts dd").first().text()).isEqualTo("14 November 2024");
    }

    @Test
    void aCitationQuotesTheTitleWithThePagesLanguagesQuoteMarks(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        assertThat(page(root, "meetings/one/index.html").selectFirst("p.citation").text())
                .isEqualTo("“The first meeting”. Meeting record in Fixture. 2024-11-14. https://accord.test/fx/meetings/one/");
        assertThat(page(root, "ru/meetings/one/index.html").selectFirst("p.citation").text())
                .isEqualTo("«Первая встреча». Встреча — запись в собрании Fixture. 2024-11-14. https://accord.test/fx/ru/meetings/one/");
        assertThat(page(root, "az/meetings/one/index.html").selectFirst("p.citation").text())
                .isEqualTo("«Birinci görüş». Görüş — Fixture toplusunda qeyd. 2024-11-14. https://accord.test/fx/az/meetings/one/");
    }

    /** Ada spoke at, chaired and was invited to one meeting: its line under the first heading names the others. */
    private static final String ALSO = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, translatable: true }
            collections:
              meetings:
                title: Meetings
                singular: Meeting
                fields:
                  speakers: { type: list(ref(people)), label: Speakers, backlink: Spoke At, backlink_ru: Выступала на }
                  chair: { type: ref(people), label: Chair, backlink: Chaired, backlink_ru: Председательствовала, backlink_az: İclasa sədrlik etdi }
                  invited: { type: list(ref(people)), label: Invited, backlink: Invited }
              people:
                title: People
                singular: Person
                fields: {}
            -- content/site.yml --
            title: Fixture
            base_url: https://accord.test/fx/
            languages: [en, ru, az]
            -- content/meetings/one.md --
            ---
            title: "One"
            speakers: [ada]
            chair: ada
            invited: [ada]
            ---
            -- content/people/ada.md --
            ---
            title: "Ada"
            ---
            -- content/people/ada.ru.md --
            ---
            title: "Ада"
            ---
            -- content/people/ada.az.md --
            ---
            title: "Ada"
            ---
            """;

    /** A body link to a translation's file, as a git host shows it, leads to that language's page from every page. */
    @Test
    void aLinkToATranslationsFileLeadsToItsLanguagesPage(@TempDir Path root) throws IOException {
        TestPortal.write(root, ALSO.replace("invited: [ada]\n---\n", "invited: [ada]\n---\nSee [Ada in Russian](../people/ada.ru.md).\n"));
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        assertThat(page(root, "meetings/one/index.html").select("main a:contains(Ada in Russian)").attr("href"))
                .isEqualTo("../../ru/people/ada/");
        // A language the record has no translation into is still a broken link, at its line.
        TestPortal.write(root, ALSO.replace("invited: [ada]\n---\n", "invited: [ada]\n---\nSee [Ada in German](../people/ada.de.md).\n"));
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly("content/meetings/one.md:7:5: error: broken link"
                + " '../people/ada.de.md': no record content/people/ada.de.md (did you mean '../people/ada.md'?)");
    }

    @Test
    void theLineNamingABacklinksOtherHeadingsIsInThePagesWordsEachHeadingInItsQuotes(@TempDir Path root) throws IOException {
        TestPortal.write(root, ALSO);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        // The headings as the page's sections show them, quoted: "also chaired, invited" read as broken English.
        assertThat(page(root, "people/ada/index.html").select("main section li .meta").eachText())
                .containsExactly("also under “Chaired”, “Invited”");
        assertThat(page(root, "ru/people/ada/index.html").select("main section li .meta").eachText())
                .containsExactly("также: «Председательствовала», «Invited»");
        assertThat(page(root, "az/people/ada/index.html").select("main section li .meta").eachText())
                .containsExactly("həmçinin: «İclasa sədrlik etdi», «Invited»");
    }

    @Test
    void aPortalsWordsShapeThatLineAndMayLowerCaseEachHeadingAsItsLanguageDoes(@TempDir Path root) throws IOException {
        String ru = theme("ru").replaceAll("(?m)^also_format: .*$", "also_format: \"а также: {items}\"")
                .replaceAll("(?m)^list_separator: .*$", "list_separator: \" и \"")
                .replaceAll("(?m)^also_item: .*$", "also_item: \"{heading}\"")
                .replaceAll("(?m)^also_lower_case: .*$", "also_lower_case: \"true\"");
        String az = theme("az").replaceAll("(?m)^also_item: .*$", "also_item: \"{heading}\"")
                .replaceAll("(?m)^also_lower_case: .*$", "also_lower_case: \"true\"");
        String en = theme("en").replaceAll("(?m)^also_format: .*$", "also_format: \"also {items}\"")
                .replaceAll("(?m)^also_item: .*$", "")
                .replaceAll("(?m)^also_lower_case: .*$", "also_lower_case: \"true\"");
        TestPortal.write(root, ALSO + "-- templates/i18n/ru.yml --\n" + ru + "-- templates/i18n/az.yml --\n" + az
                + "-- templates/i18n/en.yml --\n" + en);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        // A file without also_item names the headings alone.
        assertThat(page(root, "people/ada/index.html").select("main section li .meta").eachText())
                .containsExactly("also chaired, invited");
        // The heading's language decides its case: an English heading on a Russian or Azerbaijani page is lower-cased as
        // English does: "invited", not "ınvited".
        assertThat(page(root, "ru/people/ada/index.html").select("main section li .meta").eachText())
                .containsExactly("а также: председательствовала и invited");
        // Azerbaijani lower-cases İ to i (Locale.ROOT would give i with a combining dot above).
        assertThat(page(root, "az/people/ada/index.html").select("main section li .meta").eachText())
                .containsExactly("həmçinin: iclasa sədrlik etdi, invited");
    }

    private static String theme(String lang) throws IOException {
        return new String(LanguagesBuildTest.class.getResourceAsStream("/theme/i18n/" + lang + ".yml").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void theAlsoLineFollowsTheLinksOwnLineAfterThePagesSeparator(@TempDir Path root) throws IOException {
        String dated = ALSO.replace("backlink: Invited }\n", "backlink: Invited }\n      date: { type: date, label: Date }\n")
                .replace("singular: Meeting\n", "singular: Meeting\n    summary: date\n")
                .replace("invited: [ada]\n", "invited: [ada]\ndate: 2024-11-14\n");
        String ru = new String(LanguagesBuildTest.class.getResourceAsStream("/theme/i18n/ru.yml").readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("(?m)^also_separator: .*$", "also_separator: \" — \"");
        TestPortal.write(root, dated + "-- templates/i18n/ru.yml --\n" + ru);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        assertThat(page(root, "people/ada/index.html").select("main section li .meta").eachText())
                .containsExactly("14 November 2024; also under “Chaired”, “Invited”");
        // Before, "; " was written in Java whatever the page's language said.
        assertThat(page(root, "ru/people/ada/index.html").select("main section li .meta").eachText())
                .containsExactly("14 ноября 2024 — также: «Председательствовала», «Invited»");
    }

    @Test
    void linksEveryVersionWithHreflangAndASwitcherThatStaysOnTheRecord(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        TestPortal.build(root);
        Document en = page(root, "meetings/one/index.html");
        assertThat(en.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "ru", "az");
        assertThat(en.select("link[hreflang=ru]").attr("href")).isEqualTo("https://accord.test/fx/ru/meetings/one/");
        assertThat(en.select("nav.languages a").eachText()).containsExactly("English", "Русский", "Azərbaycanca");
        assertThat(en.select("nav.languages a").eachAttr("href"))
                .containsExactly("../../meetings/one/", "../../ru/meetings/one/", "../../az/meetings/one/");
        assertThat(en.selectFirst("nav.languages a[aria-current=page]").text()).isEqualTo("English");
        Document ru = page(root, "ru/meetings/one/index.html");
        assertThat(ru.selectFirst("nav.languages a[aria-current=page]").text()).isEqualTo("Русский");
        assertThat(ru.select("nav.languages a").eachAttr("href"))
                .containsExactly("../../../meetings/one/", "../../../ru/meetings/one/", "../../../az/meetings/one/");
        assertThat(ru.selectFirst("nav.languages").attr("aria-label")).isEqualTo("Языки");
    }

    @Test
    void saysPlainlyWhereARecordIsNotTranslatedAndLinksTheVersionsThatExist(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        TestPortal.build(root);
        Document en = page(root, "people/ada/index.html");
        assertThat(en.select("nav.languages li").eachText())
                .containsExactly("English", "Русский", "Azərbaycanca (not written in it yet)");
        assertThat(en.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "ru");
        Document missing = page(root, "az/people/ada/index.html");
        assertThat(missing.selectFirst("html").attr("lang")).isEqualTo("az");
        assertThat(missing.selectFirst(".notice").text()).isEqualTo("Bu qeyd hələ bu dildə yoxdur: Azərbaycanca.");
        assertThat(missing.select("main ul.links a").eachText()).containsExactly("English", "Русский");
        assertThat(missing.select("main ul.links a").eachAttr("href")).containsExactly("../../../people/ada/", "../../../ru/people/ada/");
        assertThat(missing.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        String sitemap = Files.readString(root.resolve("site/sitemap.xml"));
        assertThat(sitemap).contains("https://accord.test/fx/ru/people/ada/").doesNotContain("https://accord.test/fx/az/people/ada/");
    }

    @Test
    void refusesATranslationThatChangesASharedFieldAtItsLine(@TempDir Path root) {
        TestPortal.write(root, PORTAL + """
                -- content/meetings/one.ru.md --
                ---
                title: "Первая встреча"
                date: "2024-11-15"
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/meetings/one.ru.md:3:7: error: date: a translation cannot change a shared field (it is '2024-11-14' in"
                        + " content/meetings/one.md; delete this line, or mark the field translatable: true in schema.yml)");
    }

    @Test
    void warnsWhereATranslationGivesATranslatableFieldTheRecordLeavesEmpty(@TempDir Path root) throws IOException {
        // Before: silent, and the Russian page stated a place the English page said was not recorded.
        TestPortal.write(root, PORTAL.replace("place: \"Baku\"\n", "") + """
                -- content/people/ada.md --
                ---
                title: "Ada"
                ---
                """);
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/meetings/one.ru.md:3:8: warning: place: the translation gives a value the record itself"
                        + " (content/meetings/one.md) does not have (write it there too, or remove it here)",
                "content/people/ada.ru.md:3:7: warning: role: the translation gives a value the record itself"
                        + " (content/people/ada.md) does not have (write it there too, or remove it here)");
        // A warning, not an error: the site is built, the translation's value kept.
        assertThat(page(root, "ru/meetings/one/index.html").text()).contains("Баку");
        // The same value in both files, or a blank one in the translation, says nothing new.
        TestPortal.write(root, PORTAL + """
                -- content/people/ada.ru.md --
                ---
                title: "Ада"
                role: ""
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
    }

    @Test
    void refusesATranslationWithoutItsRecordOrInALanguageTheSiteLacks(@TempDir Path root) {
        TestPortal.write(root, PORTAL + """
                -- content/meetings/two.ru.md --
                ---
                title: "Вторая встреча"
                ---
                -- content/meetings/one.fr.md --
                ---
                title: "La première réunion"
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/meetings/one.fr.md: error: no language 'fr' in site.yml (add it to languages: [en, ru, az], or rename the file)",
                "content/meetings/two.ru.md: error: translation of a record that does not exist: no content/meetings/two.md"
                        + " (write the record in en first, or fix the file name)");
    }

    @Test
    void warnsOfAMissingWordNamingTheKeyAndTheLanguageAndShowsTheDefaultLanguagesWord(@TempDir Path root) throws IOException {
        String ru = new String(LanguagesBuildTest.class.getResourceAsStream("/theme/i18n/ru.yml").readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("(?m)^details: .*\\n", "");
        TestPortal.write(root, PORTAL + "-- templates/i18n/ru.yml --\n" + ru);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "templates/i18n/ru.yml: warning: missing key 'details' for the language 'ru': its pages show the en words"
                        + " (add details: ... to the file)");
        assertThat(page(root, "ru/meetings/one/index.html").selectFirst("#facts-heading").text()).isEqualTo("Details");
    }

    /**
     * The default language's own file lacking a word: every page that used it stopped the build with a template error
     * ("'t.details' is null or missing", advice for template authors). Its pages show the theme's English word, and the
     * file is told which keys it lacks.
     */
    @Test
    void theDefaultLanguagesFileLackingAWordShowsTheThemesEnglishOne(@TempDir Path root) throws IOException {
        String fr = new String(LanguagesBuildTest.class.getResourceAsStream("/theme/i18n/ru.yml").readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("(?m)^(details|timeline): .*\\n", "").replaceAll("(?m)^language_.*\\n", "");
        TestPortal.write(root, PORTAL.replace("languages: [en, ru, az]", "language: fr\nlanguages: [fr]")
                .replaceAll("(?s)-- content/meetings/one\\.(ru|az)\\.md --.*?---\n.*?---\n[^-]*", "")
                .replaceAll("(?s)-- content/people/ada\\.ru\\.md --.*?---\n.*?---\n", "")
                + "-- templates/i18n/fr.yml --\n" + fr);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "templates/i18n/fr.yml: warning: missing 2 keys for the language 'fr', the default: its pages show the theme's"
                        + " English words (add details, timeline to the file, as the theme's en.yml words them)");
        Document one = page(root, "meetings/one/index.html");
        assertThat(one.selectFirst("#facts-heading").text()).isEqualTo("Details");
        assertThat(one.selectFirst("#sources-heading").text()).isEqualTo("Источники");
    }

    /**
     * A language the theme has no words for is said, the default one too: its pages would say they are in it while
     * their theme words are another language's.
     */
    @Test
    void warnsOfALanguageWithNoWordsTheDefaultOneToo(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL.replace("languages: [en, ru, az]", "language: fr\nlanguages: [fr, en, kk]")
                .replaceAll("(?s)-- content/meetings/one\\.(ru|az)\\.md --.*?---\n.*?---\n[^-]*", "")
                .replaceAll("(?s)-- content/people/ada\\.ru\\.md --.*?---\n.*?---\n", ""));
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "templates/i18n/fr.yml: warning: no words for the language 'fr', the default: its pages use the theme's English"
                        + " words (write templates/i18n/fr.yml)",
                "templates/i18n/kk.yml: warning: no words for the language 'kk': its pages use the default language's"
                        + " (write templates/i18n/kk.yml)");
        assertThat(page(root, "meetings/one/index.html").selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page(root, "meetings/one/index.html").selectFirst("#facts-heading").text()).isEqualTo("Details");
    }

    /**
     * A translation's page is its own canonical address and says its own language, in every tag that names them, as
     * its hreflang alternates do; the default language's page is unchanged.
     */
    @Test
    void aTranslationsPageIsItsOwnCanonicalAddressInItsOwnLanguage(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        String selectors = "link[rel=canonical], meta[property=og:url], meta[name=citation_public_url], meta[name=DC.identifier]";
        Document ru = page(root, "ru/meetings/one/index.html");
        assertThat(ru.select(selectors).stream().map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("content")).toList())
                .containsExactly("https://accord.test/fx/ru/meetings/one/", "https://accord.test/fx/ru/meetings/one/",
                        "https://accord.test/fx/ru/meetings/one/", "https://accord.test/fx/ru/meetings/one/");
        assertThat(ru.select("link[rel=alternate][hreflang=ru]").attr("href")).isEqualTo("https://accord.test/fx/ru/meetings/one/");
        assertThat(ru.select("meta[name=citation_language], meta[name=DC.language]").eachAttr("content")).containsExactly("ru", "ru");
        assertThat(ru.select("meta[name=citation_title]").attr("content")).isEqualTo("Первая встреча");
        Document en = page(root, "meetings/one/index.html");
        assertThat(en.select(selectors).stream().map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("content")).distinct().toList())
                .containsExactly("https://accord.test/fx/meetings/one/");
        assertThat(en.select("meta[name=citation_language], meta[name=DC.language]").eachAttr("content")).containsExactly("en", "en");
    }

    @Test
    void exportsEveryLanguageOfARecord(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        TestPortal.build(root);
        String json = Files.readString(root.resolve("site/data/meetings/one.json"));
        assertThat(json).contains("\"translations\"").contains("\"url\": \"https://accord.test/fx/ru/meetings/one/\"")
                .contains("\"title\": \"Первая встреча\"").contains("\"body\": \"Görüş Bakıda keçirildi.\\n\"");
        assertThat(Files.readString(root.resolve("site/data/portal.json"))).contains("\"languages\":[\"en\",\"ru\",\"az\"]");
    }

    @Test
    void searchResultsGiveTheDateAsThePageInTheirLanguageWritesIt(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL.replace("status: held\n", "status: held\ndate_basis: earliest report\n")
                .replace("place: \"Баку\"\n", "place: \"Баку\"\ndate_basis: первое сообщение\n")
                .replace("      share: { type: string, label: Share }\n",
                        "      share: { type: string, label: Share }\n      date_basis: { type: string, translatable: true }\n"));
        TestPortal.build(root);
        SearchBuildTest.Index index = SearchBuildTest.Index.read(root.resolve("site"));
        // The date in the page's words, and its basis apart: in English where the Azerbaijani version leaves it to one.md.
        assertThat(index.rows.get("The first meeting").get(4)).isEqualTo(java.util.List.of("2024-11-14", "14 November 2024", "earliest report"));
        assertThat(index.rows.get("Первая встреча").get(4)).isEqualTo(java.util.List.of("2024-11-14", "14 ноября 2024", "первое сообщение"));
        assertThat(index.rows.get("Birinci görüş").get(4)).isEqualTo(java.util.List.of("2024-11-14", "14 noyabr 2024", "earliest report", "en"));
        // As the record's own pages write it.
        assertThat(page(root, "ru/meetings/one/index.html").text()).contains("14 ноября 2024 (первое сообщение)");
    }
}
