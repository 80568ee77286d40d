package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal unlike the default one (French by default, translated into German, without theme words of its own for
 * either): its pages show each field as the schema declares it, whatever the field's type and role, in the schema's
 * words rather than the theme's or the value's code.
 */
class FestivalRenderBuildTest {
    @TempDir
    Path dir;

    private static final String SCHEMA = """
            -- content/schema.yml --
            common:
              titre: { type: string, required: true, role: title, label: Titre, label_de: Titel, translatable: true }
              autres_titres:
                type: list(object)
                role: aliases
                label: Autres titres
                fields:
                  nom: { type: string, required: true, role: alias_name, label: Nom }
                  langue: { type: enum(fr|de|en), required: true, role: alias_lang, label: Langue }
              references:
                type: list(object)
                role: sources
                label: Références
                label_de: Quellen
                fields:
                  intitule: { type: string, required: true, role: source_title, label: Intitulé }
                  fiabilite: { type: enum(haute|moyenne|faible), role: source_quality, label: Fiabilité, labels: { haute: Haute, moyenne: Moyenne, faible: Faible }, labels_de: { haute: Hoch, moyenne: Mittel, faible: Niedrig } }
              sections_liees: { type: list(ref(sections)), role: topics, label: Sections, label_de: Sektionen, backlink: Dans cette section }
            collections:
              films:
                title: Films
                singular: Film
                title_de: Filme
                summary: realisateur
                header: [realisateur]
                fields:
                  realisateur: { type: string, required: true, label: Réalisation, label_de: Regie }
              projections:
                title: Projections
                singular: Projection
                title_de: Vorführungen
                summary: salle
                fields:
                  horaire: { type: datetime, label: Horaire, label_de: Uhrzeit }
                  film: { type: ref(films), required: true, label: Film, backlink: Projections, backlink_de: Vorführungen }
                  salle: { type: ref(lieux), required: true, label: Salle, label_de: Saal, backlink: Projections dans ce lieu }
              lieux:
                title: Lieux
                singular: Lieu
                title_de: Orte
                summary: ville
                fields:
                  ville: { type: string, required: true, label: Ville, label_de: Stadt, translatable: true }
              sections:
                title: Sections
                singular: Section
                summary: films_vus
                fields:
                  films_vus: { type: list(ref(films)), label: Films }
            """;

    private static final String CONTENT = """
            -- content/site.yml --
            title: Festival
            base_url: https://festival.test/
            language: fr
            languages: [fr, de]
            about: |
              Tenu par l'équipe.
            featured:
              - { collection: films, title: "Films en compétition", limit: 1 }
              - { collection: films, title: "Tous les films" }
              - { collection: projections }
            -- content/films/chambre.md --
            ---
            titre: La Chambre d'à côté
            realisateur: Pedro Almodóvar
            autres_titres:
              - { nom: The Room Next Door, langue: en }
            references:
              - { intitule: Dossier de presse, fiabilite: haute }
              - { intitule: Blog, fiabilite: faible }
            sections_liees: [competition]
            ---
            Un film.
            -- content/films/chambre.de.md --
            ---
            titre: The Room Next Door (de)
            ---
            Ein Film.
            -- content/films/paris.md --
            ---
            titre: Paris, Texas
            realisateur: Wim Wenders
            ---
            -- content/projections/ouverture.md --
            ---
            titre: Ouverture
            horaire: 2025-10-11T20:30:00+02:00
            film: chambre
            salle: lumiere
            ---
            -- content/projections/ouverture.de.md --
            ---
            titre: Eröffnung
            ---
            -- content/lieux/lumiere.md --
            ---
            titre: Institut Lumière
            ville: Lyon
            ---
            -- content/lieux/lumiere.de.md --
            ---
            titre: Lumière-Institut
            ville: Lyon (de)
            ---
            -- content/sections/competition.md --
            ---
            titre: Compétition
            films_vus: [chambre, paris]
            ---
            """;

    private Document built(String path) throws IOException {
        TestPortal.write(dir, SCHEMA + CONTENT);
        BuildResult result = TestPortal.build(dir);
        assertThat(TestPortal.problems(result).stream().filter(p -> p.contains("error"))).isEmpty();
        return page(path);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site/" + path)));
    }

    @Test
    void aReferenceAsSummaryShowsTheReferencedRecordsTitleInThePagesLanguage() throws IOException {
        Document film = built("films/chambre/index.html");
        assertThat(film.select("section:has(h2:containsOwn(Projections)) li .meta").eachText()).containsExactly("Institut Lumière");
        Document de = page("de/films/chambre/index.html");
        assertThat(de.select("section:has(h2:containsOwn(Vorführungen)) li .meta").eachText()).containsExactly("Lumière-Institut");
        // The home page's whole-collection list shows it too.
        Document home = page("index.html");
        assertThat(home.select("section[aria-labelledby=featured-projections] li .meta").eachText()).containsExactly("Institut Lumière");
    }

    @Test
    void aListOfReferencesAsSummaryShowsTheirTitlesJoined() throws IOException {
        Document list = built("sections/index.html");
        assertThat(list.select("table.records thead th").eachText()).containsExactly("Section", "Films");
        assertThat(list.select("table.records tbody td").eachText()).containsExactly("La Chambre d'à côté, Paris, Texas");
        Document film = page("films/chambre/index.html");
        assertThat(film.select("#topics-heading + ul a").eachText()).containsExactly("Compétition");
    }

    @Test
    void anObjectCannotBeASummaryAndSaysSoAtItsLine() {
        TestPortal.write(dir, SCHEMA.replace("summary: realisateur", "summary: references") + CONTENT);
        assertThat(TestPortal.problems(TestPortal.build(dir)).stream().filter(p -> p.contains("summary"))).containsExactly(
                "content/schema.yml:24:14: error: summary: field 'references' holds a list of objects, which cannot be"
                        + " shown on one line under a link (name a field of one value, or a list of values or references)");
    }

    @Test
    void aListPageWithoutAHeaderShowsTheSummary() throws IOException {
        Document list = built("lieux/index.html");
        assertThat(list.select("table.records thead th").eachText()).containsExactly("Lieu", "Ville");
        assertThat(list.select("table.records tbody td").eachText()).containsExactly("Lyon");
        Document de = page("de/lieux/index.html");
        assertThat(de.select("table.records tbody td").eachText()).containsExactly("Lyon (de)");
    }

    @Test
    void gradesShowTheEnumsLabelsInThePagesLanguageFooterIncluded() throws IOException {
        Document film = built("films/chambre/index.html");
        assertThat(film.select(".sources .grade").eachText()).containsExactly("Grade Haute", "Grade Faible");
        assertThat(film.select("footer p").first().text()).contains("graded Haute to Faible.");
        Document de = page("de/films/chambre/index.html");
        assertThat(de.select(".sources .grade").eachText()).containsExactly("Grade Hoch", "Grade Niedrig");
        assertThat(de.select("footer p").first().text()).contains("graded Hoch to Niedrig.");
    }

    @Test
    void aLanguageWithoutThemeWordsIsNamedInItself() throws IOException {
        TestPortal.write(dir, SCHEMA + CONTENT);
        BuildResult result = TestPortal.build(dir);
        assertThat(TestPortal.problems(result)).contains("templates/i18n/de.yml: warning: no words for the language 'de': its"
                + " pages use the default language's (write templates/i18n/de.yml)");
        Document film = page("films/chambre/index.html");
        assertThat(film.select("nav.languages a, nav.languages [aria-current]").eachText()).containsExactly("français", "Deutsch");
        Document home = page("de/index.html");
        assertThat(home.select("nav.languages a, nav.languages [aria-current]").eachText()).containsExactly("français", "Deutsch");
    }

    @Test
    void roleSectionsAreHeadedWithTheSchemasLabels() throws IOException {
        Document film = built("films/chambre/index.html");
        assertThat(film.select("#topics-heading").text()).isEqualTo("Sections");
        assertThat(film.select("#sources-heading").text()).isEqualTo("Références");
        assertThat(film.select("#aliases-heading").text()).isEqualTo("Autres titres");
        Document de = page("de/films/chambre/index.html");
        assertThat(de.select("#topics-heading").text()).isEqualTo("Sektionen");
        assertThat(de.select("#topics-heading").hasAttr("lang")).isFalse();
        assertThat(de.select("#sources-heading").text()).isEqualTo("Quellen");
        // No German label: the French one, marked as French.
        assertThat(de.select("#aliases-heading").text()).isEqualTo("Autres titres");
        assertThat(de.select("#aliases-heading").attr("lang")).isEqualTo("fr");
    }

    @Test
    void twoFeaturedListsOfOneCollectionBothShow() throws IOException {
        Document home = built("index.html");
        assertThat(home.select("#featured-films").text()).isEqualTo("Films en compétition");
        assertThat(home.select("#featured-films-2").text()).isEqualTo("Tous les films");
        assertThat(home.select("section[aria-labelledby=featured-films-2] li a").eachText())
                .containsExactly("La Chambre d'à côté", "Paris, Texas");
    }

    @Test
    void aDateTimeIsShownAsADateAndATimeWithItsOffset() throws IOException {
        Document p = built("projections/ouverture/index.html");
        assertThat(p.select("time[datetime=2025-10-11T20:30:00+02:00]").eachText())
                .containsExactly("11 October 2025, 20:30 (UTC+02:00)");
    }

    @Test
    void theAboutLinkSaysItIsAboutTheSite() throws IOException {
        Document film = built("films/chambre/index.html");
        assertThat(film.select("footer a[href$=about/]").eachText()).containsExactly("About this site");
        assertThat(page("index.html").select("a[href$=about/]").eachText()).containsExactly("About this site", "About this site");
        assertThat(page("about/index.html").select("h1").text()).isEqualTo("About this site");
    }
}
