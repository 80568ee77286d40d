package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An alias's language is named in the page's language: before, every page, French and German, said "The Room Next Door
 * English", whatever labels the schema gave the alias's language enum; only an undocumented theme key changed it.
 * The enum's label in the page's language wins, then the theme's {@code language_<code>}, then Java's name of the
 * language in the page's language.
 */
class AliasLanguageNamesBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              titre: { type: string, required: true, role: title, label: Titre, translatable: true }
              autres_titres:
                type: list(object)
                role: aliases
                label: Autres titres
                fields:
                  nom: { type: string, required: true, role: alias_name, label: Nom }
                  langue: { type: enum(en|it|ja), required: true, role: alias_lang, label: Langue, labels: { en: anglais, it: italien }, labels_ru: { en: английский (по схеме) } }
            collections:
              films:
                title: Films
                singular: Film
                jsonld: Movie
                fields:
                  realisateur: { type: string, label: Réalisation }
            -- content/site.yml --
            title: Festival
            base_url: https://accord.test/fest/
            language: fr
            languages: [fr, ru, az]
            -- content/films/la-chambre.md --
            ---
            titre: "La Chambre d'à côté"
            autres_titres:
              - { nom: "The Room Next Door", langue: en }
              - { nom: "La stanza accanto", langue: it }
              - { nom: "Tonari no heya", langue: ja }
            ---
            -- content/films/la-chambre.ru.md --
            ---
            titre: "Комната по соседству"
            ---
            -- content/films/la-chambre.az.md --
            ---
            titre: "Qonşu otaq"
            ---
            """;

    @TempDir
    Path dir;

    /** Each alias under "Also known as" with its language's name, as a reader sees the line. */
    private List<String> aliases(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8))
                .select("li:has(> span.meta)").stream().filter(li -> li.selectFirst("> span.meta") != null)
                .map(Element::text).filter(t -> t.startsWith("The Room") || t.startsWith("La stanza") || t.startsWith("Tonari"))
                .toList();
    }

    @Test
    void theEnumsLabelThenTheThemesWordThenJavasNameInThePagesLanguage() throws IOException {
        TestPortal.write(dir, PORTAL);
        TestPortal.build(dir);
        // French (the default): the schema's labels; Japanese has none, so Java's French name of it.
        assertThat(aliases("films/la-chambre/index.html"))
                .containsExactly("The Room Next Door anglais", "La stanza accanto italien", "Tonari no heya japonais");
        // Russian: the schema's labels_ru for English; for Italian the French label is not the page's language, so the
        // bundled theme has no language_it either and Java names it in Russian.
        assertThat(aliases("ru/films/la-chambre/index.html")).containsExactly("The Room Next Door английский (по схеме)",
                "La stanza accanto итальянский", "Tonari no heya японский");
    }

    @Test
    void theThemesWordComesBeforeJavasName() throws IOException {
        TestPortal.write(dir, PORTAL);
        Path az = dir.resolve("templates/i18n/az.yml");
        Files.createDirectories(az.getParent());
        try (var in = getClass().getResourceAsStream("/theme/i18n/az.yml")) {
            Files.writeString(az, new String(in.readAllBytes(), StandardCharsets.UTF_8) + "language_ja: \"yapon dili\"\n");
        }
        TestPortal.build(dir);
        assertThat(aliases("az/films/la-chambre/index.html")).contains("Tonari no heya yapon dili");
    }
}
