package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every language's page of a record names its titles in the other languages: before, a translation's JSON-LD left out
 * the default language's title (de/films/la-chambre-d-a-cote/ listed the aliases but not "La Chambre d'à côté"@fr),
 * while the default page named the translations' titles.
 */
class JsonLdTitlesBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, translatable: true }
              aliases:
                type: list(object)
                label: Also known as
                fields:
                  name: { type: string, required: true, label: Name }
                  lang: { type: string, required: true, label: Language }
            collections:
              films:
                title: Films
                singular: Film
                jsonld: Movie
                fields:
                  director: { type: string, label: Director }
            -- content/site.yml --
            title: Festival
            base_url: https://accord.test/fest/
            languages: [en, ru, az]
            -- content/films/the-room.md --
            ---
            title: "The Room Next Door"
            aliases:
              - { name: "La habitación de al lado", lang: es }
            director: "Pedro Almodóvar"
            ---
            -- content/films/the-room.ru.md --
            ---
            title: "Комната по соседству"
            ---
            -- content/films/the-room.az.md --
            ---
            title: "Qonşu otaq"
            ---
            """;

    @TempDir
    Path dir;

    /** The alternateName of a page's JSON-LD, each as "name@language". */
    private List<String> alternateNames(String path) throws IOException {
        String json = Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8))
                .select("script[type=application/ld+json]").html();
        Object names = ((Map<?, ?>) JsonCheck.parse(json)).get("alternateName");
        List<String> out = new ArrayList<>();
        for (Object n : (List<?>) names) out.add(((Map<?, ?>) n).get("@value") + "@" + ((Map<?, ?>) n).get("@language"));
        return out;
    }

    @Test
    void eachLanguagesPageNamesTheOtherLanguagesTitles() throws IOException {
        TestPortal.write(dir, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        assertThat(alternateNames("films/the-room/index.html"))
                .containsExactly("La habitación de al lado@es", "Комната по соседству@ru", "Qonşu otaq@az");
        assertThat(alternateNames("ru/films/the-room/index.html"))
                .containsExactly("La habitación de al lado@es", "The Room Next Door@en", "Qonşu otaq@az");
        assertThat(alternateNames("az/films/the-room/index.html"))
                .containsExactly("La habitación de al lado@es", "The Room Next Door@en", "Комната по соседству@ru");
    }
}
