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
