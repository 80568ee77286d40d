package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words Accord writes into the feed, the calendar and JSON-LD are the theme's, in the language of what they are in,
 * with dates in its format: before, a Russian portal's feed said "Дата: October 2025 (объявление программы; not
 * confirmed as the exact date)", its English page's JSON-LD the same mixture, and its calendar "Показ record: …".
 */
class JavaWordsBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Название, label_en: Title, translatable: true }
            collections:
              screenings:
                title: Показы
                singular: Показ
                title_en: Screenings
                singular_en: Screening
                jsonld: ScreeningEvent
                fields:
                  day: { type: date, required: true, role: date, label: Дата, label_en: Date, jsonld: startDate }
                  basis: { type: string, role: date_basis, label: Откуда дата, label_en: Date basis, translatable: true }
            -- content/site.yml --
            title: Фестиваль
            base_url: https://accord.test/fest/
            language: ru
            languages: [ru, en]
            -- content/screenings/open-air.md --
            ---
            title: "Показ под открытым небом"
            day: "2025-10"
            basis: "объявление программы"
            ---
            -- content/screenings/open-air.en.md --
            ---
            title: "Open-air screening"
            basis: "programme announcement"
            ---
            -- content/screenings/opening.md --
            ---
            title: "Открытие"
            day: "2025-10-11"
            basis: "афиша"
            ---
            """;

    @TempDir
    Path dir;

    private String ld(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8))
                .select("script[type=application/ld+json]").html();
    }

    @Test
    void theFeedTheCalendarAndJsonLdSpeakTheThemesWords() throws IOException {
        TestPortal.write(dir, PORTAL);
        // The bundled theme's en.yml lacks the Russian file's language_<code> words: warnings, not errors.
        assertThat(TestPortal.problems(TestPortal.build(dir))).noneMatch(p -> p.contains("error"));
        String feed = DataCheck.utf8(dir.resolve("site/feed.xml"));
        assertThat(feed).contains("Дата: октябрь 2025 (объявление программы; точная дата не подтверждена).</summary>",
                "Дата: 11 октября 2025 (афиша; точная дата не подтверждена).</summary>")
                .doesNotContain("not confirmed", "October");
        assertThat(ld("screenings/open-air/index.html"))
                .contains("\"disambiguatingDescription\":\"Дата: октябрь 2025 (объявление программы; точная дата не подтверждена)\"");
        assertThat(ld("en/screenings/open-air/index.html")).contains(
                "\"disambiguatingDescription\":\"Date: October 2025 (programme announcement; not confirmed as the exact date)\"");
        String ics = DataCheck.utf8(dir.resolve("site/data/calendar.ics")).replace("\r\n ", "");
        assertThat(ics).contains("DESCRIPTION:Показ — запись: https://accord.test/fest/screenings/opening/\\n"
                + "Откуда известна дата: афиша (точная дата не подтверждена).").doesNotContain(" record", "Date basis");
    }

    private String meta(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8))
                .select("meta[name=description]").attr("content");
    }

    /**
     * The default language's pages are in its words too: before, this Russian portal's record without summary or body
     * was described as "Показ record in Фестиваль." (on its page and in the feed), its list as "2 records of показы in
     * Фестиваль.", and its Data page's JSON-LD named the downloads "Показы (CSV)", "Every record (JSON)", "Data package
     * (Frictionless Data)" and "Calendar of events (iCalendar)", described as "Every record of Фестиваль as JSON and CSV.".
     */
    @Test
    void descriptionsAndTheDataPagesJsonLdAreInThePagesLanguage() throws IOException {
        TestPortal.write(dir, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(dir))).noneMatch(p -> p.contains("error"));
        assertThat(meta("screenings/opening/index.html")).isEqualTo("Показ: запись в собрании «Фестиваль».");
        assertThat(meta("en/screenings/open-air/index.html")).isEqualTo("Screening record in Фестиваль.");
        assertThat(DataCheck.utf8(dir.resolve("site/feed.xml"))).contains("<summary>Показ: запись в собрании «Фестиваль»."
                + " Дата: 11 октября 2025 (афиша; точная дата не подтверждена).</summary>");
        assertThat(meta("screenings/index.html")).isEqualTo("Раздел «Показы» в собрании «Фестиваль»: записей — 2.");
        assertThat(meta("en/screenings/index.html")).isEqualTo("2 records of screenings in Фестиваль.");
        assertThat(ld("data/index.html")).contains(
                "\"description\":\"Все записи собрания «Фестиваль» в JSON и CSV, с пакетом данных Frictionless.\"",
                "\"name\":\"Показы в CSV\"", "\"name\":\"Показы в JSON\"", "\"name\":\"Все записи в одном файле JSON\"",
                "\"name\":\"Пакет данных\"", "\"name\":\"Календарь событий\"").doesNotContain("Every", "record", "Calendar");
        assertThat(ld("en/data/index.html")).contains(
                "\"description\":\"Every record of Фестиваль as JSON and CSV, with a Frictionless data package.\"",
                "\"name\":\"Screenings as CSV\"", "\"name\":\"Screenings as JSON\"",
                "\"name\":\"Every record in one JSON file\"", "\"name\":\"The data package\"",
                "\"name\":\"A calendar of the events\"");
    }

    /**
     * The About page's description, a caveat without a status and the citation files' note were Java's English on any
     * portal: "Who keeps Фестиваль, how its facts are sourced and graded", "Caveat" and "Показ record".
     */
    @Test
    void theAboutPageACaveatWithoutStatusAndCitationsAreInTheDefaultLanguage() throws IOException {
        String portal = PORTAL.replace("""
                      basis: { type: string, role: date_basis, label: Откуда дата, label_en: Date basis, translatable: true }
                """, """
                      basis: { type: string, role: date_basis, label: Откуда дата, label_en: Date basis, translatable: true }
                      notes: { type: list(object), role: caveats, label: Оговорки, fields: { text: { type: text, required: true, role: caveat_text } } }
                """).replace("languages: [ru, en]\n", "languages: [ru, en]\nabout: Архив фестиваля.\n")
                .replace("basis: \"афиша\"\n", "basis: \"афиша\"\nnotes: [{ text: \"Время не объявлено.\" }]\n");
        assertThat(portal).isNotEqualTo(PORTAL).contains("about: Архив", "notes: [{", "role: caveats");
        TestPortal.write(dir, portal);
        assertThat(TestPortal.problems(TestPortal.build(dir))).noneMatch(p -> p.contains("error"));
        assertThat(meta("about/index.html")).isEqualTo("Кто ведёт собрание «Фестиваль» и откуда в нём сведения.");
        var caveat = Jsoup.parse(Files.readString(dir.resolve("site/screenings/opening/index.html"), StandardCharsets.UTF_8))
                .select(".caveat-label");
        assertThat(caveat.eachText()).containsExactly("Оговорка:");
        assertThat(caveat.attr("lang")).isEmpty();
        assertThat(DataCheck.utf8(dir.resolve("site/data/screenings/opening.ris"))).contains("N1  - Показ: запись\r\n");
        assertThat(DataCheck.utf8(dir.resolve("site/data/screenings/opening.bib"))).contains("  note = {Показ: запись}\n");
        assertThat(DataCheck.utf8(dir.resolve("site/data/screenings/opening.csl.json"))).contains("\"note\": \"Показ: запись\"");
    }

    @Test
    void aPortalsOwnWordsAreUsed() throws IOException {
        TestPortal.write(dir, PORTAL);
        Path ru = dir.resolve("templates/i18n/ru.yml");
        Files.createDirectories(ru.getParent());
        try (var in = getClass().getResourceAsStream("/theme/i18n/ru.yml")) {
            Files.writeString(ru, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("calendar_record: \"{singular} — запись: {url}\"", "calendar_record: \"Запись «{singular}»: {url}\""));
        }
        // The bundled theme's en.yml lacks the Russian file's language_<code> words: warnings, not errors.
        assertThat(TestPortal.problems(TestPortal.build(dir))).noneMatch(p -> p.contains("error"));
        assertThat(DataCheck.utf8(dir.resolve("site/data/screenings/opening.ics")).replace("\r\n ", ""))
                .contains("DESCRIPTION:Запись «Показ»: https://accord.test/fest/screenings/opening/\\n");
    }
}
