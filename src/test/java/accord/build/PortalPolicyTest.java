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

/**
 * What a portal's own policies (how its sources are graded) look like on its pages: the theme says nothing of its own
 * about them, so a portal whose sources have no quality, or grade them otherwise, reads right.
 */
class PortalPolicyTest {
    /** A treaty archive: sources with a title and an address, no grade. */
    static final String ARCHIVE = """
            -- content/site.yml --
            title: Treaty archive
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
            collections:
              treaties:
                title: Treaties
                singular: Treaty
                fields:
                  sources:
                    type: list(object)
                    label: Sources
                    fields:
                      title: { type: string, required: true, label: Title }
                      url: { type: url, label: Address }
            -- content/treaties/one.md --
            ---
            title: Treaty one
            sources:
              - { title: The register, url: "https://example.net/register" }
            ---
            """;

    /** A portal in two languages whose sources are graded gold to bronze, as its schema explains to readers. */
    static final String GRADED = """
            -- content/site.yml --
            title: Graded
            languages: [en, ru]
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, translatable: true }
            collections:
              reports:
                title: Reports
                singular: Report
                fields:
                  sources:
                    type: list(object)
                    label: Sources
                    fields:
                      title: { type: string, required: true, label: Title }
                      grade:
                        type: enum(gold|silver|bronze)
                        role: source_quality
                        label: Grade
                        explain: "Gold: the registry itself; silver: a court's copy; bronze: anyone else."
                        explain_ru: "Золото: сам реестр; серебро: копия суда; бронза: все остальные."
              notes:
                title: Notes
                singular: Note
                fields:
                  sources:
                    type: list(object)
                    label: Sources
                    fields:
                      title: { type: string, required: true, label: Title }
            -- content/reports/one.md --
            ---
            title: Report one
            sources:
              - { title: The registry, grade: gold }
            ---
            -- content/reports/one.ru.md --
            ---
            title: Отчёт первый
            ---
            -- content/notes/one.md --
            ---
            title: Note one
            sources:
              - { title: A letter }
            ---
            """;

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void aPortalWithoutGradedSourcesSpeaksOfNoGrades(@TempDir Path root) throws IOException {
        TestPortal.write(root, ARCHIVE);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        for (String path : new String[] {"index.html", "treaties/index.html", "treaties/one/index.html", "data/index.html"}) {
            Document d = page(root, path);
            assertThat(d.selectFirst("footer p").text()).as(path).isEqualTo("Treaty archive.");
            assertThat(d.text()).as(path).doesNotContain("graded", "Grade A", "Earth Negotiations Bulletin");
        }
        assertThat(page(root, "treaties/one/index.html").select(".grades")).isEmpty();
    }

    @Test
    void gradesAndWhatTheyMeanAreThePortalsOwnInEachLanguage(@TempDir Path root) throws IOException {
        TestPortal.write(root, GRADED);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        Document en = page(root, "reports/one/index.html");
        assertThat(en.selectFirst("footer p").text()).isEqualTo("Graded. Every page lists the sources its facts come from, "
                + "graded gold to bronze.");
        assertThat(en.selectFirst(".sources .grade").text()).isEqualTo("Grade gold");
        assertThat(en.selectFirst("p.grades").text())
                .isEqualTo("Gold: the registry itself; silver: a court's copy; bronze: anyone else.");
        Element ru = page(root, "ru/reports/one/index.html").selectFirst("p.grades");
        assertThat(ru.text()).isEqualTo("Золото: сам реестр; серебро: копия суда; бронза: все остальные.");
        assertThat(ru.select("[lang]")).isEmpty();
        // A note's sources have no grade: its page explains none, though the footer speaks of the portal's grades.
        Document note = page(root, "notes/one/index.html");
        assertThat(note.select("p.grades")).isEmpty();
        assertThat(note.selectFirst("footer p").text()).contains("graded gold to bronze");
    }

    @Test
    void anExplanationNotWrittenInTheLanguageIsMarkedWithItsOwn(@TempDir Path root) throws IOException {
        TestPortal.write(root, GRADED.replace("            explain_ru: \"Золото: сам реестр; серебро: копия суда; бронза: все остальные.\"\n", ""));
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        Element ru = page(root, "ru/reports/one/index.html").selectFirst("p.grades span[lang=en]");
        assertThat(ru.text()).isEqualTo("Gold: the registry itself; silver: a court's copy; bronze: anyone else.");
    }

    @Test
    void theDataPageNamesNoFieldThePortalDoesNotHave(@TempDir Path root) throws IOException {
        TestPortal.write(root, ARCHIVE.replace("title: Treaty archive", "title: Treaty archive\nlanguages: [en, ru]")
                .replace("title: { type: string, required: true, label: Title }\ncollections",
                        "name: { type: string, required: true, label: Name, role: title, translatable: true }\ncollections")
                .replace("title: Treaty one", "name: Treaty one"));
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        Document data = page(root, "data/index.html");
        assertThat(data.select("#csv + ul li").eachText()).contains("A list of objects is one column per part of the object,"
                + " named after the field and the part (field.part); the first item of each column belongs to the first"
                + " object, and so on.");
        assertThat(data.select("#csv + ul li").text()).contains("(field:ru, …)").doesNotContain("sources.", "title:ru");
        assertThat(page(root, "ru/data/index.html").select("#csv + ul li").text()).contains("(поле.часть)", "(поле:ru, …)");
    }
}
