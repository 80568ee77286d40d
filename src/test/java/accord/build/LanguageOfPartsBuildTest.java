package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WCAG 2.1 SC 3.1.2 (Language of Parts) on the pages of a portal's other languages: a word the schema does not give in
 * the page's language, and a value the translation leaves to the record's own file, are shown in the default language
 * and say so with {@code lang}; what is in the page's language, numbers and dates carry none; English pages carry none.
 */
class LanguageOfPartsBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, translatable: true }
              aliases:
                type: list(object)
                label: Also known as
                fields:
                  name: { type: string, required: true, label: Name }
                  lang: { type: string, label: Language }
                  note: { type: string, label: Note }
              sources:
                type: list(object)
                label: Sources
                fields:
                  title: { type: string, required: true, label: Title }
                  publisher: { type: string, required: true, label: Publisher }
                  quality: { type: enum(A|B|C), required: true, label: Quality }
                  note: { type: string, label: Note }
              caveats:
                type: list(object)
                label: Caveats
                translatable: true
                fields:
                  field: { type: string, label: Concerns }
                  status: { type: enum(uncertain|not-found), required: true, label: Status, labels: { uncertain: Uncertain, not-found: Not found }, labels_ru: { uncertain: Не установлено } }
                  text: { type: text, required: true, label: Caveat }
            collections:
              meetings:
                title: Meetings
                title_ru: Встречи
                singular: Meeting
                header: [date, status]
                summary: date
                fields:
                  date: { type: date, required: true, label: Date, label_ru: Дата }
                  date_basis: { type: string, label: Date basis, label_ru: Основание даты, translatable: true }
                  status: { type: enum(held|planned), label: Status, labels: { held: Held, planned: Planned }, labels_ru: { held: Состоялась } }
                  place: { type: string, label: Place, label_ru: Место, translatable: true }
                  venue: { type: string, label: Venue, label_ru: Зал, translatable: true }
                  attendance: { type: number, label: Attendance, label_ru: Участников }
                  chair: { type: ref(people), label: Chair, label_ru: Председатель, backlink: Chaired }
                  host: { type: ref(people), label: Host, label_ru: Принимал, backlink: Hosted, backlink_ru: Принимал у себя }
                  figures:
                    type: list(object)
                    label: Key figures
                    label_ru: Цифры
                    fields:
                      what: { type: string, required: true, label: What, label_ru: Что }
                      value: { type: string, required: true, label: Value }
                      given_by: { type: ref(people), label: Given by, label_ru: Кто привёл, backlink: Figures given, backlink_ru: Приведённые цифры }
              people:
                title: People
                title_ru: Люди
                singular: Person
                singular_ru: Человек
                header: [attended]
                fields:
                  role: { type: string, label: Role, label_ru: Роль, translatable: true }
                  attended: { type: ref(meetings), label: Attended, label_ru: Был на, backlink: Attended by, backlink_ru: Участники }
            -- content/site.yml --
            title: Fixture
            base_url: https://accord.test/fx/
            languages: [en, ru, az]
            -- content/meetings/one.md --
            ---
            title: "The first meeting"
            date: "2024-11-14"
            date_basis: "date of the report"
            status: held
            place: "Baku"
            venue: "Hall A"
            attendance: 120
            chair: ada
            figures:
              - { what: "Trade turnover", value: "11.5%" }
            caveats:
              - { field: venue, status: uncertain, text: "The hall is not confirmed." }
              - { status: not-found, text: "No agenda was found." }
            sources:
              - { title: "Ministry release", publisher: "The ministry", quality: A, note: "Title written by the editors." }
            aliases:
              - { name: "Meeting One", lang: en, note: "Used by the ministry" }
            ---
            It was held in Baku.
            -- content/meetings/one.ru.md --
            ---
            title: "Первая встреча"
            place: "Баку"
            ---
            Она прошла в Баку.
            -- content/meetings/one.az.md --
            ---
            title: "Birinci görüş"
            date_basis: "hesabatın tarixi"
            ---
            Görüş Bakıda keçirildi.
            -- content/meetings/two.md --
            ---
            title: "The second meeting"
            date: "2024-11-15"
            status: planned
            host: ada
            figures:
              - { what: "Budget", value: "4", given_by: bob }
            ---
            -- content/people/ada.md --
            ---
            title: "Ada"
            role: "Chair"
            ---
            -- content/people/bob.md --
            ---
            title: "Bob"
            attended: one
            ---
            -- content/people/bob.ru.md --
            ---
            title: "Боб"
            ---
            -- content/people/ada.ru.md --
            ---
            title: "Ада"
            role: "Председатель"
            ---
            """;

    @TempDir
    static Path root;

    @BeforeAll
    static void build() {
        TestPortal.write(root, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    /** The {@code lang} of the nearest element around {@code e} (itself included) that says one. */
    private static String langOf(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr("lang")) return x.attr("lang");
        }
        return "";
    }

    /** Each element's {@code lang}, "" where it has none. */
    private static java.util.List<String> langs(org.jsoup.select.Elements elements) {
        return elements.stream().map(e -> e.attr("lang")).toList();
    }

    private static Element dtOf(Document d, String label) {
        return d.select("dt").stream().filter(dt -> dt.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no label " + label));
    }

    @Test
    void marksTheSchemasWordsThatFellBackToTheDefaultLanguageAndNoOthers() throws IOException {
        Document ru = page("ru/meetings/one/index.html");
        // status and the figures' value have no label_ru: their labels are English, and say so.
        assertThat(dtOf(ru, "Status").attr("lang")).isEqualTo("en");
        assertThat(dtOf(ru, "Value").attr("lang")).isEqualTo("en");
        assertThat(dtOf(ru, "Дата").hasAttr("lang")).isFalse();
        assertThat(dtOf(ru, "Цифры").hasAttr("lang")).isFalse();
        assertThat(dtOf(ru, "Что").hasAttr("lang")).isFalse();
        // An enum's word in Russian is not marked; the collection's singular, which has no singular_ru, is.
        Element held = ru.select(".head-facts dd").stream().filter(dd -> dd.text().equals("Состоялась")).findFirst().orElseThrow();
        assertThat(langOf(held)).isEqualTo("ru");
        assertThat(ru.selectFirst(".record-kind").outerHtml()).isEqualTo("<p class=\"record-kind\" lang=\"en\">Meeting</p>");
        assertThat(ru.select(".breadcrumb a").eachText()).containsExactly("Главная", "Встречи");
        assertThat(langs(ru.select(".breadcrumb a"))).containsExactly("", "");
    }

    @Test
    void marksBacklinkHeadingsAndCollectionWordsThatFellBack() throws IOException {
        Document ada = page("ru/people/ada/index.html");
        Element chaired = ada.select("h2").stream().filter(h -> h.text().equals("Chaired")).findFirst().orElseThrow();
        assertThat(chaired.attr("lang")).isEqualTo("en");
        Element hosted = ada.select("h2").stream().filter(h -> h.text().equals("Принимал у себя")).findFirst().orElseThrow();
        assertThat(hosted.hasAttr("lang")).isFalse();
        // Each backlink's kind is the meetings' singular, which is English on the ru pages.
        assertThat(langs(ada.select("ul.links .kind"))).containsExactly("en", "en");
        assertThat(ada.select("ul.links .kind").eachText()).containsExactly("Meeting", "Meeting");
        // The heading of a field inside an object (a figure's given_by) is the schema's Russian one.
        Document bob = page("ru/people/bob/index.html");
        assertThat(bob.select("h2[id^=backlinks]").eachText()).containsExactly("Приведённые цифры");
        assertThat(bob.selectFirst("h2[id^=backlinks]").hasAttr("lang")).isFalse();
        Document list = page("ru/meetings/index.html");
        assertThat(list.selectFirst("h1").outerHtml()).isEqualTo("<h1>Встречи</h1>");
        assertThat(list.select("thead th").eachText()).containsExactly("Meeting", "Дата", "Status");
        assertThat(langs(list.select("thead th"))).containsExactly("en", "", "en");
        // The planned meeting's status has no Russian word; the held one's has.
        assertThat(list.select("tbody td").stream().filter(td -> td.text().equals("Planned")).findFirst().orElseThrow().attr("lang"))
                .isEqualTo("en");
        assertThat(list.select("tbody td").stream().filter(td -> td.text().equals("Состоялась")).findFirst().orElseThrow().hasAttr("lang"))
                .isFalse();
        Document people = page("ru/people/index.html");
        assertThat(people.selectFirst("thead th").outerHtml()).isEqualTo("<th scope=\"col\">Человек</th>");
    }

    @Test
    void marksValuesThatComeFromTheDefaultLanguagesRecordOnATranslatedPage() throws IOException {
        Document ru = page("ru/meetings/one/index.html");
        // The venue is translatable, but one.ru.md does not give it: the English value says it is English.
        Element venue = dtOf(ru, "Зал").nextElementSibling();
        assertThat(venue.child(0).outerHtml()).isEqualTo("<span lang=\"en\">Hall A</span>");
        // What the translation gives, and a number, are the page's.
        assertThat(dtOf(ru, "Место").nextElementSibling().html()).isEqualTo("Баку");
        assertThat(dtOf(ru, "Участников").nextElementSibling().html()).isEqualTo("120");
        // A figure's words from one.md are English; its value, a number, is written the Russian way and not marked.
        Element figure = dtOf(ru, "Цифры").nextElementSibling();
        assertThat(figure.select("dl.object dd").eachText()).containsExactly("Trade turnover", "11,5 %");
        assertThat(figure.select("dl.object dd").get(0).html()).isEqualTo("<span lang=\"en\">Trade turnover</span>");
        assertThat(figure.select("dl.object dd").get(1).html()).isEqualTo("11,5 %");
        // The source's title, publisher and note, and the alias's note, were written in one.md.
        Element source = ru.selectFirst(".sources li");
        assertThat(source.select("[lang=en]").eachText()).containsExactly("Ministry release", "The ministry", "Title written by the editors.");
        assertThat(source.selectFirst(".grade").hasAttr("lang")).isFalse();
        assertThat(ru.selectFirst(".alias-note").attr("lang")).isEqualTo("en");
        assertThat(ru.selectFirst(".alias-note").text()).isEqualTo("(Used by the ministry)");
    }

    @Test
    void marksEnglishCaveatsOnTheOtherLanguagesPagesAndTheirWordsInTheirOwnLanguage() throws IOException {
        Document ru = page("ru/meetings/one/index.html");
        // The caveats come from one.md: English. The status word "Не установлено" inside it is Russian and says so.
        Element besideVenue = ru.select(".facts .caveat").first();
        assertThat(besideVenue.attr("lang")).isEqualTo("en");
        assertThat(besideVenue.selectFirst("strong").outerHtml())
                .isEqualTo("<strong class=\"caveat-label\" lang=\"ru\">Не установлено:</strong>");
        assertThat(besideVenue.text()).isEqualTo("Не установлено: The hall is not confirmed.");
        Element other = ru.selectFirst(".uncertain .caveat");
        assertThat(other.attr("lang")).isEqualTo("en");
        assertThat(other.text()).isEqualTo("Not found: No agenda was found.");
        assertThat(other.selectFirst("strong").hasAttr("lang")).isFalse();
        Document az = page("az/meetings/one/index.html");
        assertThat(az.selectFirst(".uncertain .caveat").attr("lang")).isEqualTo("en");
        assertThat(az.selectFirst(".uncertain .caveat").text()).isEqualTo("Not found: No agenda was found.");
        assertThat(dtOf(az, "Venue").attr("lang")).isEqualTo("en");
        assertThat(dtOf(az, "Venue").nextElementSibling().child(0).outerHtml()).isEqualTo("<span lang=\"en\">Hall A</span>");
        // There, the status has no Azerbaijani word either: English inside English, not marked again.
        assertThat(az.selectFirst(".facts .caveat strong").outerHtml()).isEqualTo("<strong class=\"caveat-label\">Uncertain:</strong>");
        assertThat(az.selectFirst(".record-kind").attr("lang")).isEqualTo("en");
    }

    /** The {@code time} element of the row (list item or table row) that links to {@code href}. */
    private static Element timeBeside(Document d, String href) {
        return d.select("a[href$=" + href + "]").stream().map(a -> a.closest("li, tr")).filter(java.util.Objects::nonNull)
                .map(row -> row.selectFirst("time")).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError("no date beside " + href));
    }

    @Test
    void marksADateBasisThatFellBackToTheDefaultLanguageApartFromTheDate() throws IOException {
        // one.ru.md does not give the date's basis: it is one.md's, English, and says so; the date, in Russian words, does not.
        String marked = "<time datetime=\"2024-11-14\">14 ноября 2024 (<span lang=\"en\">date of the report</span>)</time>";
        Document ru = page("ru/meetings/one/index.html");
        Element date = dtOf(ru, "Дата").nextElementSibling().selectFirst("time");
        assertThat(date.outerHtml()).isEqualTo(marked);
        assertThat(langOf(date)).isEqualTo("ru");
        assertThat(dtOf(ru, "Дата").nextElementSibling().text()).isEqualTo("14 ноября 2024 (date of the report)");
        // The basis has no row of its own.
        assertThat(ru.select("dt").eachText()).doesNotContain("Основание даты", "Date basis");
        // So wherever the date is shown with its basis: the list, the timeline, the home page's latest records...
        assertThat(timeBeside(page("ru/meetings/index.html"), "meetings/one/").outerHtml()).isEqualTo(marked);
        assertThat(timeBeside(page("ru/meetings/index.html"), "meetings/one/").parent().hasAttr("lang")).isFalse();
        assertThat(timeBeside(page("ru/timeline/2024/index.html"), "meetings/one/").outerHtml()).isEqualTo(marked);
        assertThat(timeBeside(page("ru/index.html"), "meetings/one/").outerHtml()).isEqualTo(marked);
        // ... and the short line under a link to it (the meetings' summary is their date): in a list of backlinks, and
        // beside a link in a record's header.
        String line = "<span class=\"meta\">14 ноября 2024 (<span lang=\"en\">date of the report</span>)</span>";
        Element chaired = page("ru/people/ada/index.html").selectFirst("ul.links a[href$=meetings/one/]").parent();
        assertThat(chaired.selectFirst(".meta").outerHtml()).isEqualTo(line);
        Element attended = dtOf(page("ru/people/bob/index.html"), "Был на").nextElementSibling();
        assertThat(attended.selectFirst(".meta").outerHtml()).isEqualTo(line);
        // A date without a basis is as it was.
        assertThat(timeBeside(page("ru/timeline/2024/index.html"), "meetings/two/").outerHtml())
                .isEqualTo("<time datetime=\"2024-11-15\">15 ноября 2024</time>");
    }

    @Test
    void marksNoDateBasisTheTranslationGivesNorAnyOnTheDefaultLanguagesPages() throws IOException {
        // one.az.md gives the basis in Azerbaijani: nothing to mark.
        Document az = page("az/meetings/one/index.html");
        Element date = az.selectFirst(".head-facts time");
        assertThat(date.outerHtml()).isEqualTo("<time datetime=\"2024-11-14\">14 noyabr 2024 (hesabatın tarixi)</time>");
        assertThat(langOf(date)).isEqualTo("az");
        assertThat(timeBeside(page("az/meetings/index.html"), "meetings/one/").select("[lang]")).isEmpty();
        assertThat(timeBeside(page("az/timeline/2024/index.html"), "meetings/one/").select("[lang]")).isEmpty();
        // The English pages read the date and its basis as one, and mark nothing (see also the test below).
        for (String path : new String[] {"meetings/one/index.html", "meetings/index.html", "timeline/2024/index.html", "index.html"}) {
            Element en = path.startsWith("meetings/one") ? page(path).selectFirst(".head-facts time")
                    : timeBeside(page(path), "meetings/one/");
            assertThat(en.outerHtml()).as(path).isEqualTo("<time datetime=\"2024-11-14\">14 November 2024 (date of the report)</time>");
        }
        assertThat(page("people/ada/index.html").selectFirst("ul.links a[href$=meetings/one/]").parent().selectFirst(".meta")
                .outerHtml()).isEqualTo("<span class=\"meta\">14 November 2024 (date of the report)</span>");
    }

    @Test
    void theSearchIndexGivesADatesBasisApartWithItsLanguageWhereItFellBack() throws IOException {
        SearchBuildTest.Index index = SearchBuildTest.Index.read(root.resolve("site"));
        // Each row: number, title, address, collection, date, excerpt. A date is [iso, date as the page in the row's
        // language writes it], the iso for the result's <time datetime>; one.ru.md leaves the basis to one.md:
        // English, and the row says so, for search.js to mark it as the record's Russian pages do.
        assertThat(index.rows.get("Первая встреча").get(4))
                .isEqualTo(java.util.List.of("2024-11-14", "14 ноября 2024", "date of the report", "en"));
        // In the row's own language: no language to say.
        assertThat(index.rows.get("Birinci görüş").get(4)).isEqualTo(java.util.List.of("2024-11-14", "14 noyabr 2024", "hesabatın tarixi"));
        assertThat(index.rows.get("The first meeting").get(4)).isEqualTo(java.util.List.of("2024-11-14", "14 November 2024", "date of the report"));
        assertThat(index.rows.get("The second meeting").get(4)).isEqualTo(java.util.List.of("2024-11-15", "15 November 2024"));
        // A record without a date has an empty string, as before dates had their iso: it costs the index nothing more.
        assertThat(index.rows.get("Ada").get(4)).isEqualTo("");
        assertThat(index.rows.get("Боб").get(4)).isEqualTo("");
        String ruRow = index.files.values().stream().filter(f -> f.contains("Первая встреча")).findFirst().orElseThrow();
        assertThat(ruRow).contains("[\"2024-11-14\",\"14 ноября 2024\",\"date of the report\",\"en\"]");
        String adaRow = index.files.values().stream().filter(f -> f.contains("\"Ada\",\"people/ada/\"")).findFirst().orElseThrow();
        assertThat(adaRow).containsPattern("\"Ada\",\"people/ada/\",[0-9]+,\"\",");
    }

    @Test
    void marksNothingOnTheDefaultLanguagesPages() throws IOException {
        for (String path : new String[] {"meetings/one/index.html", "meetings/two/index.html", "people/ada/index.html",
                "people/bob/index.html", "meetings/index.html", "timeline/2024/index.html", "index.html"}) {
            Document en = page(path);
            // Only the switcher's languages and the page itself say a language.
            assertThat(en.select("[lang]").stream().filter(e -> !e.is("html") && !e.parents().is("nav.languages"))
                    .map(Element::outerHtml).toList()).as(path).isEmpty();
        }
    }
}
