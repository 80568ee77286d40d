package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every validation problem of a broken portal, asserted word for word with its file:line:col.
 * Each test starts from the valid {@link TestPortal#PORTAL} and replaces one or two files.
 */
class ValidationBuildTest {
    @TempDir
    Path root;

    private BuildResult buildWith(String changedFiles) {
        TestPortal.write(root, TestPortal.PORTAL + changedFiles);
        return TestPortal.build(root);
    }

    @Test
    void reportsMissingRequiredFieldAtTheFrontMatter() {
        BuildResult result = buildWith("""
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary
                event: cop29
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/alpha-session.md:2:1: error: date: required field is missing (add 'date: ...')");
        assertThat(result.ok()).isFalse();
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void reportsImpossibleDate() {
        BuildResult result = buildWith("""
                -- content/sessions/beta-session.md --
                ---
                title: Closing plenary
                date: 2024-02-30
                event: cop29
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/beta-session.md:3:7: error: date: '2024-02-30': February 2024 has 29 days (check the day)");
    }

    @Test
    void anEndBeforeTheStartIsAnErrorAtTheEnd() {
        // Before: it passed; the JSON-LD said the impossible range and the calendar quietly made it one day.
        // The start is the field of role date, the end the field mapped to endDate: the names are the schema's.
        String schema = TestPortal.PORTAL.replace("  start: { type: date, required: true, label: Start, role: date }\n",
                "  opens: { type: date, required: true, label: Opens, role: date }\n"
                        + "      closes: { type: date, label: Closes, jsonld: endDate }\n")
                .replace("order: -start", "order: -opens").replace("start: 2024-11-11", "opens: 2024-11-11");
        TestPortal.write(root, schema + """
                -- content/events/cop29.md --
                ---
                title: COP29
                opens: "2024-11-20"
                closes: "2024-11-01"
                ---
                -- content/events/cop28.md --
                ---
                title: COP28
                opens: 2023-11-30
                closes: 2023-11
                ---
                -- content/events/cop27.md --
                ---
                title: COP27
                opens: 2022-11
                closes: 2022-10-30
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/events/cop27.md:4:9: error: closes: 30 October 2022 is before opens, November 2022 (correct the one"
                        + " that is wrong; a record of one day needs no closes)",
                "content/events/cop29.md:4:9: error: closes: 1 November 2024 is before opens, 20 November 2024 (correct the one"
                        + " that is wrong; a record of one day needs no closes)");
    }

    @Test
    void reportsEnumValueWithNearestValue() {
        BuildResult result = buildWith("""
                -- content/events/cop29.md --
                ---
                title: COP29
                start: 2024-11-11
                kind: conferense
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/events/cop29.md:4:7: error: kind: 'conferense' is not one of conference, summit, meeting (did you mean 'conference'?)");
    }

    @Test
    void suggestsTheEnumValueThatDiffersInCaseAloneBeforeOthersAsFewEditsAway() {
        // Following "did you mean 'A'" for a "b" would silently upgrade the grade.
        TestPortal.write(root, TestPortal.PORTAL.replace("  draft: { type: enum(true|false), label: Draft }\n",
                "  draft: { type: enum(true|false), label: Draft }\n  grade: { type: enum(A|B|C), label: Grade }\n") + """
                -- content/topics/trade.md --
                ---
                title: Trade
                grade: "b"
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/topics/trade.md:3:8: error: grade: 'b' is not one of A, B, C (did you mean 'B'?)");
    }

    @Test
    void suggestsNothingForASlugThatSharesItsFirstWordsWithAnotherButDiffersInAWholeWord() {
        // A deleted or misremembered record whose slug begins like another's is not that other record.
        BuildResult result = buildWith("""
                -- content/organizations/ministry-of-economy-of-azerbaijan.md --
                ---
                title: Ministry of Economy of Azerbaijan
                ---
                -- content/speakers/anna-zeller.md --
                ---
                title: Anna Zeller
                sort_name: Zeller, Anna
                organization: ministry-of-energy-of-azerbaijan
                ---
                -- content/sessions/cop29-closing-plenary.md --
                ---
                title: Closing plenary of COP29
                date: 2024-11-24
                event: cop29
                ---
                -- content/topics/trade.md --
                ---
                title: Trade
                ---
                See [the opening](../sessions/cop29-opening-plenary.md).
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/speakers/anna-zeller.md:4:15: error: organization: no organization 'ministry-of-energy-of-azerbaijan'"
                        + " (create content/organizations/ministry-of-energy-of-azerbaijan.md, fix the slug, or remove the field)",
                "content/topics/trade.md:4:5: error: broken link '../sessions/cop29-opening-plenary.md': no record"
                        + " content/sessions/cop29-opening-plenary.md (fix the path, or create the record)");
    }

    @Test
    void suggestsNothingForASlugThatOnlyBeginsWithAnotherRecordsSlug() {
        // climate-finance-caspian was deleted; climate-finance is a different topic, not what was meant.
        BuildResult result = buildWith("""
                -- content/organizations/ministry-of-economy.md --
                ---
                title: Ministry of Economy
                topics: [trade, climate-finance-caspian]
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/organizations/ministry-of-economy.md:3:17: error: topics[1]: no topic 'climate-finance-caspian'"
                        + " (create content/topics/climate-finance-caspian.md, fix the slug, or remove it from the list)");
    }

    @Test
    void aReferenceToNoRecordOffersRemovingItWhereTheRecordCanDoWithout() {
        // The record referred to may have been deleted on purpose: then the reference goes, unless it is required.
        TestPortal.write(root, """
                -- content/schema.yml --
                collections:
                  notes:
                    title: Notes
                    singular: Note
                    fields:
                      title: { type: string, required: true }
                      after: { type: ref(notes), required: true }
                      see: { type: ref(notes) }
                      sources: { type: list(ref(notes)), required: true }
                      unlike: { type: list(ref(*)) }
                      quotes:
                        type: list(object)
                        fields:
                          by: { type: ref(notes), required: true }
                          text: { type: string }
                -- content/notes/first.md --
                ---
                title: First
                after: gone-one
                see: gone-two
                sources: [gone-three]
                unlike: [notes/second, notes/gone-four]
                quotes:
                  - by: gone-five
                ---
                -- content/notes/second.md --
                ---
                title: Second
                after: first
                sources: [first, gone-six]
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/notes/first.md:3:8: error: after: no note 'gone-one' (create content/notes/gone-one.md, or fix the slug)",
                "content/notes/first.md:4:6: error: see: no note 'gone-two' (create content/notes/gone-two.md, fix the slug,"
                        + " or remove the field)",
                "content/notes/first.md:5:11: error: sources[0]: no note 'gone-three' (create content/notes/gone-three.md,"
                        + " or fix the slug)",
                "content/notes/first.md:6:24: error: unlike[1]: no note 'notes/gone-four' (create content/notes/gone-four.md,"
                        + " fix the slug, or remove it from the list)",
                "content/notes/first.md:8:9: error: quotes[0].by: no note 'gone-five' (create content/notes/gone-five.md,"
                        + " or fix the slug)",
                "content/notes/second.md:4:18: error: sources[1]: no note 'gone-six' (create content/notes/gone-six.md,"
                        + " fix the slug, or remove it from the list)");
    }

    @Test
    void aBodyLinkToADraftSaysItIsADraftNotThatThereIsNoSuchRecord() {
        BuildResult result = buildWith("""
                -- content/topics/trade.md --
                ---
                title: Trade
                ---
                Not yet: [the secret talk](../sessions/secret-session.md).
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/trade.md:4:10: error: link '../sessions/secret-session.md': 'sessions/secret-session' is a draft,"
                        + " so it is not published (publish it by deleting 'draft: true' from content/sessions/secret-session.md,"
                        + " preview it by building with --drafts, or take the link out until it is published)");
        assertThat(TestPortal.problems(TestPortal.build(root, true))).as("built with --drafts").isEmpty();
    }

    @Test
    void aReferenceALinkAndAHighlightOfADraftSayTheSameInTheSchemasWords() {
        // The draft field is the schema's to name: the errors quote the line that keeps this record a draft.
        TestPortal.write(root, TestPortal.PORTAL.replace("draft: { type: enum(true|false), label: Draft }",
                "unpublished: { type: enum(true|false), label: Unpublished, role: draft }").replace("draft: true", "unpublished: true")
                + """
                -- content/speakers/dana-ortiz.md --
                ---
                title: Dana Ortiz
                sort_name: Ortiz, Dana
                unpublished: true
                ---
                -- content/sessions/gamma-session.md --
                ---
                title: Ministerial dialogue
                date: 2024-11-10
                event: cop29
                speakers: [bob-adams, dana-ortiz]
                ---
                With [Dana Ortiz](../speakers/dana-ortiz.md).
                -- content/site.yml --
                title: Test portal
                base_url: https://accord.test/portal/
                language: en
                highlights:
                  - { record: speakers/dana-ortiz, summary: "Soon." }
                """);
        String notice = "'speakers/dana-ortiz' is a draft, so it is not published (publish it by deleting 'unpublished: true'"
                + " from content/speakers/dana-ortiz.md, preview it by building with --drafts, or take the ";
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/sessions/gamma-session.md:5:23: error: speakers[1]: " + notice + "reference out until it is published)",
                "content/sessions/gamma-session.md:7:6: error: link '../speakers/dana-ortiz.md': " + notice
                        + "link out until it is published)",
                "content/site.yml:5:15: error: highlights: " + notice + "highlight out until it is published)");
        assertThat(TestPortal.problems(TestPortal.build(root, true))).as("built with --drafts").isEmpty();
    }

    @Test
    void reportsEnumValueWithoutHintWhenNothingIsNear() {
        BuildResult result = buildWith("""
                -- content/events/cop29.md --
                ---
                title: COP29
                start: 2024-11-11
                kind: plenary
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/events/cop29.md:4:7: error: kind: 'plenary' is not one of conference, summit, meeting");
    }

    @Test
    void anUnknownFieldIsAnErrorNamingTheNearestOneAndNothingIsWritten() {
        BuildResult result = buildWith("""
                -- content/speakers/anna-zeller.md --
                ---
                title: Anna Zeller
                sort_name: Zeller, Anna
                organisation: unfccc
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/speakers/anna-zeller.md:4:1: error: organisation: unknown field (did you mean 'organization'?)");
        assertThat(result.ok()).isFalse();
        assertThat(root.resolve("site")).doesNotExist();
    }

    /**
     * A site.yml setting written under another name: what it holds would be left out unseen (an intro under
     * 'introduction' left the home page without one, with a warning only the terminal showed), so it is an error, with
     * the name it most likely means, also when that is the start of the name written.
     */
    @Test
    void anUnknownSiteSettingIsAnErrorNamingTheSettingMeant() {
        TestPortal.write(root, TestPortal.PORTAL.replace("language: en\n", "language: en\nintroduction: |\n  Welcome.\n"
                + "navigaton: []\nfeatured:\n  - { collection: sessions, titel: Sessions }\nzzz: 1\n"
                + "navigation:\n  - { title: Sessions, titel_ru: Сессии, href: sessions/ }\n"));
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/site.yml:4:1: error: introduction: unknown setting (did you mean 'intro'?)",
                "content/site.yml:6:1: error: navigaton: unknown setting (did you mean 'navigation'?)",
                "content/site.yml:8:29: error: featured[0].titel: unknown setting (did you mean 'title'?)",
                "content/site.yml:9:1: error: zzz: unknown setting (known: " + String.join(", ", accord.config.ConfigReader.settings()) + ")",
                "content/site.yml:11:24: error: navigation[0].titel_ru: unknown setting (did you mean 'title_ru'?)");
        assertThat(root.resolve("site")).doesNotExist();
    }

    /**
     * A speaker saved in the sessions folder: one error naming the folder it belongs in, not one per unknown field and
     * one per field sessions require. Two misspelt fields of a session are still each their own error.
     */
    @Test
    void aRecordInAnotherCollectionsFolderIsToldWhichFolder() {
        BuildResult result = buildWith("""
                -- content/sessions/carol-diaz.md --
                ---
                title: Carol Diaz
                sort_name: Diaz, Carol
                organization: unfccc
                ---
                -- content/sessions/delta-session.md --
                ---
                title: Side event
                dat: 2024-11-13
                evnt: cop29
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/carol-diaz.md:3:1: error: sort_name, organization: fields of speakers, not of sessions:"
                        + " is the file in the wrong folder? (move it to content/speakers/carol-diaz.md, or write the fields"
                        + " of sessions)",
                "content/sessions/delta-session.md:2:1: error: date: required field is missing (add 'date: ...')",
                "content/sessions/delta-session.md:2:1: error: event: required field is missing (add 'event: ...')",
                "content/sessions/delta-session.md:3:1: error: dat: unknown field (did you mean 'date'?)",
                "content/sessions/delta-session.md:4:1: error: evnt: unknown field (did you mean 'event'?)");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aCollectionWithExtraFieldsAcceptsFieldsTheSchemaDoesNotName() {
        TestPortal.write(root, TestPortal.PORTAL.replace("""
                  speakers:
                    title: People
                """, """
                  speakers:
                    title: People
                    extra_fields: true
                """) + """
                -- content/speakers/anna-zeller.md --
                ---
                title: Anna Zeller
                sort_name: Zeller, Anna
                wikidata: Q42
                ---
                """);
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).isEmpty();
    }

    @Test
    void anEmptyOrBlankValueIsAnErrorForOptionalFieldsToo() {
        BuildResult result = buildWith("""
                -- content/speakers/anna-zeller.md --
                ---
                title: Anna Zeller
                sort_name: "   "
                organization: ""
                topics: [climate-finance, " "]
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/speakers/anna-zeller.md:3:1: error: sort_name: required field is empty (write its value after 'sort_name: ')",
                "content/speakers/anna-zeller.md:4:1: error: organization: empty value (write its value after 'organization: ', or delete the line)",
                "content/speakers/anna-zeller.md:5:27: error: topics[1]: no slug given (write the slug of a record in content/topics/)");
    }

    @Test
    void aFieldWrittenWithNoValueIsAnErrorAtItsLineNotDropped() {
        BuildResult result = buildWith("""
                -- content/speakers/anna-zeller.md --
                ---
                title:
                sort_name: Zeller, Anna
                organization:
                topics: ~
                caveats:
                  - { field: title, status: uncertain, text: }
                  - field: null
                    status: uncertain
                    text: Only one source gives it.
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/speakers/anna-zeller.md:2:1: error: title: required field has no value (write its value after 'title: ')",
                "content/speakers/anna-zeller.md:4:1: error: organization: no value (write its value after 'organization: ', or delete the line)",
                "content/speakers/anna-zeller.md:5:9: error: topics: unquoted ~ is YAML for no value (write its value in place"
                        + " of ~, or \"~\" in quotes if you meant the text; or delete the line)",
                "content/speakers/anna-zeller.md:7:40: error: caveats[0].text: required field has no value (write its value after 'text: ')",
                "content/speakers/anna-zeller.md:8:12: error: caveats[1].field: unquoted null is YAML for no value (write its"
                        + " value in place of null, or \"null\" in quotes if you meant the text; or delete the line)");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aNullOrTildeWrittenOutIsReportedAtTheWordWithTheHintToQuoteIt() {
        // YAML reads null, NULL and ~ as no value: an editor who meant the text has to quote it, and must be told so.
        BuildResult result = buildWith("""
                -- content/organizations/unfccc.md --
                ---
                title: null
                acronym: NULL
                topics: [climate-finance, ~]
                ---
                -- content/topics/trade.md --
                ---
                title: "null"
                description: "~"
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/organizations/unfccc.md:2:8: error: title: unquoted null is YAML for no value, and the field is"
                        + " required (write its value in place of null, or \"null\" in quotes if you meant the text)",
                "content/organizations/unfccc.md:3:10: error: acronym: unquoted NULL is YAML for no value (write its value in"
                        + " place of NULL, or \"NULL\" in quotes if you meant the text; or delete the line)",
                "content/organizations/unfccc.md:4:27: error: topics[1]: unquoted ~ is YAML for no value (write a value in"
                        + " place of ~, or \"~\" in quotes if you meant the text; or remove the item)");
    }

    @Test
    void aDraftsFieldsWithNoValueWaitUntilItIsPublished() {
        String draft = """
                -- content/sessions/delta-session.md --
                ---
                title: Draft session
                draft: true
                date:
                event:
                moderators:
                ---
                """;
        assertThat(TestPortal.problems(buildWith(draft))).isEmpty();
        TestPortal.write(root, draft.replace("draft: true", "draft: false"));
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/sessions/delta-session.md:4:1: error: date: required field has no value (write its value after 'date: ')",
                "content/sessions/delta-session.md:5:1: error: event: required field has no value (write its value after 'event: ')",
                "content/sessions/delta-session.md:6:1: error: moderators: no value (write its value after 'moderators: ', or delete the line)");
    }

    @Test
    void aWellFormedButImpossibleDateSaysWhy() {
        BuildResult result = buildWith("""
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary
                date: 2024-11-31
                event: cop29
                ---
                -- content/sessions/beta-session.md --
                ---
                title: Closing plenary
                date: 2023-02-29
                event: cop29
                ---
                -- content/events/cop29.md --
                ---
                title: COP29
                start: 2024-13
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/events/cop29.md:3:8: error: start: '2024-13': there is no month 13 (months run from 01 to 12)",
                "content/sessions/alpha-session.md:3:7: error: date: '2024-11-31': November has 30 days (check the day)",
                "content/sessions/beta-session.md:3:7: error: date: '2023-02-29': February 2023 has 28 days (check the day)");
    }

    @Test
    void aDraftsBlankFieldsWaitUntilItIsPublished() {
        String draft = """
                -- content/sessions/delta-session.md --
                ---
                title: Draft session
                draft: true
                date: ""
                event: ""
                speakers: [""]
                ---
                """;
        assertThat(TestPortal.problems(buildWith(draft))).isEmpty();
        TestPortal.write(root, draft.replace("draft: true", "draft: false"));
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/sessions/delta-session.md:4:1: error: date: required field is empty (write its value after 'date: ')",
                "content/sessions/delta-session.md:5:1: error: event: required field is empty (write its value after 'event: ')",
                "content/sessions/delta-session.md:6:12: error: speakers[0]: no slug given (write the slug of a record in content/speakers/)");
        TestPortal.write(root, draft);
        assertThat(TestPortal.problems(TestPortal.build(root, true))).as("built with --drafts").hasSize(3);
    }

    @Test
    void aSlugTypedShortListsTheSlugsThatStartWithItSortedAndCountsTheRest() {
        StringBuilder topics = new StringBuilder();
        for (String slug : new String[] {"water-2024", "water-text", "energy-2024", "energy-2023", "energy-grid", "energy-text",
                "energy-plan"}) {
            topics.append("-- content/topics/").append(slug).append(".md --\n---\ntitle: ").append(slug).append("\n---\n");
        }
        BuildResult result = buildWith(topics + """
                -- content/organizations/ministry-of-economy.md --
                ---
                title: Ministry of Economy
                topics: [water, energy, climate]
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/organizations/ministry-of-economy.md:3:10: error: topics[0]: no topic 'water'"
                        + " (did you mean 'water-2024' or 'water-text'?)",
                "content/organizations/ministry-of-economy.md:3:17: error: topics[1]: no topic 'energy'"
                        + " (did you mean 'energy-2023', 'energy-2024', 'energy-grid' or one of 2 more that start with 'energy'?)",
                "content/organizations/ministry-of-economy.md:3:25: error: topics[2]: no topic 'climate'"
                        + " (did you mean 'climate-finance'?)");
    }

    @Test
    void reportsReferenceToMissingRecordWithNearestSlug() {
        BuildResult result = buildWith("""
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary
                date: 2024-11-12
                event: cop29
                speakers: [mikayil-jabarov, nobody-at-all]
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/alpha-session.md:5:12: error: speakers[0]: no person 'mikayil-jabarov' (did you mean 'mikayil-jabbarov'?)",
                "content/sessions/alpha-session.md:5:29: error: speakers[1]: no person 'nobody-at-all' (create content/speakers/nobody-at-all.md, fix the slug, or remove it from the list)");
    }

    @Test
    void reportsARecordListedTwiceInAListOfReferencesAtTheSecond() {
        BuildResult result = buildWith("""
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary
                date: 2024-11-12
                event: cop29
                speakers: [mikayil-jabbarov, anna-zeller, " mikayil-jabbarov"]
                topics:
                  - climate-finance
                  - trade
                  - "climate-finance"
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/alpha-session.md:5:43: error: speakers[2]: 'mikayil-jabbarov' is listed twice (also speakers[0]; remove one)",
                "content/sessions/alpha-session.md:9:5: error: topics[2]: 'climate-finance' is listed twice (also topics[0]; remove one)");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aListOfOtherValuesMayRepeatOne() {
        TestPortal.write(root, TestPortal.PORTAL.replace("  draft: { type: enum(true|false), label: Draft }\n",
                "  draft: { type: enum(true|false), label: Draft }\n  scores: { type: list(number), label: Scores }\n") + """
                -- content/topics/trade.md --
                ---
                title: Trade
                scores: [3, 3, 5]
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
    }

    @Test
    void reportsReferenceToRecordOfWrongCollection() {
        BuildResult result = buildWith("""
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary
                date: 2024-11-12
                event: unfccc
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/alpha-session.md:4:8: error: event: 'unfccc' is an organization, not an event (refer to a record in content/events/)");
    }

    @Test
    void aReferenceMessageNamesTheKindOfRecordByTheSchemasSingular() {
        // Not the collection's name less a final "s": that gave "no people 'bob'" and "a new".
        TestPortal.write(root, """
                -- content/schema.yml --
                collections:
                  people:
                    title: People
                    singular: Person
                    fields:
                      title: { type: string, required: true }
                  news:
                    title: News
                    singular: News item
                    fields:
                      title: { type: string, required: true }
                      by: { type: ref(people) }
                      follows: { type: ref(news) }
                      see: { type: list(ref(*)) }
                  staff:
                    fields:
                      title: { type: string, required: true }
                -- content/people/ann.md --
                ---
                title: Ann
                ---
                -- content/news/first.md --
                ---
                title: First
                by: bob
                follows: ann
                see: [staff/carl, nowhere/dan, peple/ann]
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/news/first.md:3:5: error: by: no person 'bob' (create content/people/bob.md, fix the slug, or remove the field)",
                "content/news/first.md:4:10: error: follows: 'ann' is a person, not a news item (refer to a record in content/news/)",
                "content/news/first.md:5:7: error: see[0]: no staff 'staff/carl' (create content/staff/carl.md, fix the slug,"
                        + " or remove it from the list)",
                "content/news/first.md:5:19: error: see[1]: 'nowhere/dan': no collection 'nowhere' in the schema (write"
                        + " collection/slug with one of: people, news, staff; or remove it from the list)",
                "content/news/first.md:5:32: error: see[2]: 'peple/ann': no collection 'peple' in the schema (did you mean"
                        + " 'people'?)");
    }

    @Test
    void anItemAfterARejectedOneIsNamedByItsIndexInTheFile() {
        // The rejected first items are left out of the values; the items after them keep the index the file gives them.
        TestPortal.write(root, """
                -- content/schema.yml --
                collections:
                  notes:
                    title: Notes
                    singular: Note
                    fields:
                      title: { type: string, required: true }
                      unlike: { type: list(ref(*)) }
                      see: { type: list(ref(notes)) }
                      groups: { type: list(list(ref(notes))) }
                      quotes:
                        type: list(object)
                        fields:
                          by: { type: ref(notes), required: true }
                      redirect_from: { type: list(string) }
                      caveats:
                        type: list(object)
                        fields:
                          field: { type: string }
                          text: { type: string, required: true }
                -- content/notes/first.md --
                ---
                title: First
                unlike: [~, notes/gone-one]
                see: ["", second, second, first]
                groups: [oops, [null, gone-two]]
                quotes:
                  - just words
                  - by: gone-three
                redirect_from: [~, /notes/first/]
                caveats:
                  - ~
                  - { field: titel, text: "Not sure." }
                ---
                -- content/notes/second.md --
                ---
                title: Second
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/notes/first.md:3:10: error: unlike[0]: unquoted ~ is YAML for no value (write a value in place of ~,"
                        + " or \"~\" in quotes if you meant the text; or remove the item)",
                "content/notes/first.md:3:13: error: unlike[1]: no note 'notes/gone-one' (create content/notes/gone-one.md, fix"
                        + " the slug, or remove it from the list)",
                "content/notes/first.md:4:7: error: see[0]: no slug given (write the slug of a record in content/notes/)",
                "content/notes/first.md:4:19: error: see[2]: 'second' is listed twice (also see[1]; remove one)",
                "content/notes/first.md:4:27: error: see[3]: cycle notes/first → notes/first (a record cannot refer to itself"
                        + " here; remove the reference)",
                "content/notes/first.md:5:10: error: groups[0]: expected a list, found a text value (write '- item' lines, or"
                        + " [a, b])",
                "content/notes/first.md:5:17: error: groups[1][0]: unquoted null is YAML for no value (write a value in place"
                        + " of null, or \"null\" in quotes if you meant the text; or remove the item)",
                "content/notes/first.md:5:23: error: groups[1][1]: no note 'gone-two' (create content/notes/gone-two.md, fix"
                        + " the slug, or remove it from the list)",
                "content/notes/first.md:7:5: error: quotes[0]: expected a mapping, found a text value (write its fields: by)",
                "content/notes/first.md:8:9: error: quotes[1].by: no note 'gone-three' (create content/notes/gone-three.md, or"
                        + " fix the slug)",
                "content/notes/first.md:9:17: error: redirect_from[0]: unquoted ~ is YAML for no value (write a value in place"
                        + " of ~, or \"~\" in quotes if you meant the text; or remove the item)",
                "content/notes/first.md:9:20: error: redirect_from[1]: '/notes/first/' is this record's own address (remove"
                        + " it; only old addresses belong here)",
                "content/notes/first.md:11:5: error: caveats[0]: unquoted ~ is YAML for no value (write a value in place of ~,"
                        + " or \"~\" in quotes if you meant the text; or remove the item)",
                "content/notes/first.md:12:14: error: caveats[1].field: no field 'titel' in notes (did you mean 'title'?)");
    }

    @Test
    void explainsThatARefFieldTakesTheSlugAloneAndNoEmptySlug() {
        BuildResult result = buildWith("""
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary
                date: 2024-11-12
                event: "events/cop29"
                speakers: ["organizations/unfccc", ""]
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/alpha-session.md:4:8: error: event: 'events/cop29' is not a slug (write the slug alone: 'cop29')",
                "content/sessions/alpha-session.md:5:12: error: speakers[0]: 'organizations/unfccc' is not a slug (this field refers to speakers only; write a slug from content/speakers/)",
                "content/sessions/alpha-session.md:5:36: error: speakers[1]: no slug given (write the slug of a record in content/speakers/)");
    }

    @Test
    void reportsACaveatAboutAFieldTheCollectionLacks() {
        BuildResult result = buildWith("""
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary
                date: 2024-11-12
                event: cop29
                caveats:
                  - { field: dat, status: uncertain, text: "The day is not certain." }
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/alpha-session.md:6:14: error: caveats[0].field: no field 'dat' in sessions (did you mean 'date'?)");
    }

    @Test
    void aRecordThatCannotBeReadIsReportedOnceNotAgainByEveryReferenceAndLinkToIt() {
        BuildResult result = buildWith("""
                -- content/speakers/mikayil-jabbarov.md --
                ---
                title: Mikayil Jabbarov
                  sort_name: Jabbarov, Mikayil
                ---
                -- content/topics/trade.md --
                ---
                title: Trade
                ---
                See [the minister](../speakers/mikayil-jabbarov.md).
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/speakers/mikayil-jabbarov.md:3:3: error: YAML: this line is indented further than the field above it, so it is"
                        + " read as the rest of that field's value (indent it exactly as far as the field above)");
    }

    @Test
    void aReferenceToTheWrongCollectionSuggestsANearSlugOfTheRightOne() {
        BuildResult result = buildWith("""
                -- content/events/unfccc-cop.md --
                ---
                title: A conference
                start: 2024-11-11
                ---
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary
                date: 2024-11-12
                event: unfccc
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/alpha-session.md:4:8: error: event: 'unfccc' is an organization, not an event (did you mean 'unfccc-cop'?)");
    }

    @Test
    void aRequiredListMustNotBeEmpty() {
        TestPortal.write(root, """
                -- content/schema.yml --
                collections:
                  notes:
                    fields:
                      title: { type: string, required: true }
                      sources: { type: list(string), required: true }
                -- content/notes/a.md --
                ---
                title: A
                sources: []
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/notes/a.md:3:1: error: sources: required list is empty (add at least one item)");
    }

    @Test
    void reportsDuplicateKey() {
        BuildResult result = buildWith("""
                -- content/topics/trade.md --
                ---
                title: Trade
                description: Goods.
                title: Trade again
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/trade.md:4:1: error: duplicate key 'title' (first given on line 2; keep one)");
    }

    @Test
    void reportsBrokenBodyLinkOnceAtItsLineAndColumnInTheFile() {
        // The body starts on line 5; the link is on the body's third line, so line 7 of the file.
        BuildResult result = buildWith("""
                -- content/topics/trade.md --
                ---
                title: Trade
                description: Goods.
                ---
                Intro.

                See [the speaker](../speakers/mikayil-jabarov.md) for more.
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/trade.md:7:5: error: broken link '../speakers/mikayil-jabarov.md': no record content/speakers/mikayil-jabarov.md (did you mean '../speakers/mikayil-jabbarov.md'?)");
    }

    @Test
    void refusesJavascriptLink() {
        BuildResult result = buildWith("""
                -- content/topics/trade.md --
                ---
                title: Trade
                ---
                Click [here](javascript:alert(1)).
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/trade.md:4:7: error: link uses the 'javascript:' scheme (only http, https, mailto and relative links are allowed)");
    }

    @Test
    void reportsUnclosedFrontMatter() {
        BuildResult result = buildWith("""
                -- content/topics/water.md --
                ---
                title: Water
                description: Rivers.
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/water.md:1:1: error: front matter is not closed (add a '---' line after the last field)");
    }

    @Test
    void reportsMissingFrontMatter() {
        BuildResult result = buildWith("""
                -- content/topics/water.md --
                title: Water
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/water.md:1:1: error: missing front matter (a record starts with a '---' line, its fields, and another '---' line)");
    }

    @Test
    void reportsInvalidFileNameSlugWithSuggestedName() {
        BuildResult result = buildWith("""
                -- content/topics/Water_Energy.md --
                ---
                title: Water and energy
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/Water_Energy.md: error: file name 'Water_Energy' is not a valid slug: use lower-case letters, digits and hyphens (rename it to 'water-energy.md')");
    }

    /**
     * A record saved as {@code .MD}, {@code .markdown} or {@code .md.txt} was left out of the site with only "ignored: not
     * a Markdown record", and no name to give it; it is now an error naming the file to rename it to (never a name another
     * file has). A file that is no record, such as notes.txt or an image, is still only ignored with a warning.
     */
    @Test
    void aRecordSavedWithAnotherMarkdownEndingIsAnErrorNamingItsRightName() {
        BuildResult result = buildWith("""
                -- content/speakers/zara-ali.MD --
                ---
                title: Zara Ali
                sort_name: Ali, Zara
                ---
                -- content/speakers/Omar_Said.markdown --
                ---
                title: Omar Said
                sort_name: Said, Omar
                ---
                -- content/topics/energy.md.txt --
                ---
                title: Energy
                ---
                -- content/topics/trade.Md --
                ---
                title: Trade
                ---
                -- content/topics/notes.txt --
                To do: a topic on water.
                -- content/topics/map.png --
                not really an image
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/speakers/Omar_Said.markdown: error: a record's file name ends in '.md', not '.markdown', so this"
                        + " record is not read (rename it to 'omar-said.md')",
                "content/speakers/zara-ali.MD: error: a record's file name ends in '.md', not '.MD', so this record is not"
                        + " read (rename it to 'zara-ali.md')",
                "content/topics/energy.md.txt: error: a record's file name ends in '.md', not '.md.txt', so this record is"
                        + " not read (rename it to 'energy.md')",
                "content/topics/map.png: warning: ignored: not a Markdown record (records end in .md)",
                "content/topics/notes.txt: warning: ignored: not a Markdown record (records end in .md)",
                "content/topics/trade.Md: error: a record's file name ends in '.md', not '.Md', so this record is not read"
                        + " (a record named 'trade.md' is already there: move what this file adds into it and delete this"
                        + " file, or give this one another slug)");
        assertThat(root.resolve("site")).doesNotExist();
    }

    /**
     * Records sorted into a sub-folder of their collection, or saved outside every collection folder, were skipped with
     * a warning, and vanished from the site; now each is an error. A sub-folder without records (images) and a note
     * for editors at the top of content/ without front matter stay warnings.
     */
    @Test
    void recordsInASubFolderOrOutsideEveryCollectionAreErrors() {
        BuildResult result = buildWith("""
                -- content/sessions/2024/delta-session.md --
                ---
                title: Side event
                date: 2024-11-13
                event: cop29
                ---
                -- content/sessions/2024/epsilon-session.md --
                ---
                title: Another side event
                date: 2024-11-14
                event: cop29
                ---
                -- content/topics/images/map.png --
                not really an image
                -- content/zara-ali.md --
                ---
                title: Zara Ali
                ---
                -- content/README.md --
                Notes for editors: every record goes in its collection's folder.
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/README.md: warning: ignored: records belong in a collection folder (move it to content/<collection>/)",
                "content/sessions/2024: error: collections do not have sub-folders, so the 2 records in it are not read"
                        + " (move them into content/sessions/)",
                "content/topics/images: warning: ignored: collections do not have sub-folders",
                "content/zara-ali.md: error: a record outside every collection folder is not read (move it to"
                        + " content/<collection>/, the folder of its collection)");
        assertThat(root.resolve("site")).doesNotExist();
    }

    /**
     * The rename the message suggested was the name of a record already there, so following it would have overwritten
     * that record; it now says the record exists and what to do instead.
     */
    @Test
    void neverSuggestsRenamingOntoARecordThatExists() {
        BuildResult result = buildWith("""
                -- content/topics/Climate-Finance.md --
                ---
                title: Climate finance
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/Climate-Finance.md: error: file name 'Climate-Finance' is not a valid slug: use lower-case"
                        + " letters, digits and hyphens (a record named 'climate-finance.md' is already there: move what this"
                        + " file adds into it and delete this file, or give this one another slug)");
    }

    /**
     * A translation's language in capitals ({@code trade.RU.md}) was told to become part of the slug, 'trade-ru.md', a
     * new record; when the suffix is one of the portal's languages the suggestion is the translation's name.
     */
    @Test
    void aLanguageSuffixInCapitalsIsToldToBeTheTranslationsName() {
        BuildResult result = buildWith("""
                -- content/site.yml --
                title: Test portal
                base_url: https://accord.test/portal/
                languages: [en, ru]
                -- content/topics/trade.RU.md --
                ---
                title: Торговля
                ---
                -- content/topics/Water.DE.md --
                ---
                title: Wasser
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/Water.DE.md: error: file name 'Water.DE' is not a valid slug: use lower-case letters, digits"
                        + " and hyphens (rename it to 'water-de.md')",
                "content/topics/trade.RU.md: error: file name 'trade.RU' is not a valid slug: use lower-case letters, digits"
                        + " and hyphens (rename it to 'trade.ru.md')");
    }

    /**
     * A backslash in double quotes gave SnakeYAML's words ("expected escape sequence of 8 hexadecimal numbers, but
     * found: sers\\dan", "found unknown escape character q(113)"), at a column past the mistake; it now points at the
     * backslash and says how to write one.
     */
    @Test
    void aBackslashInDoubleQuotesSaysHowToWriteOne() {
        BuildResult result = buildWith("""
                -- content/topics/windows-path.md --
                ---
                title: "C:\\Users\\dana"
                ---
                -- content/topics/unknown-escape.md --
                ---
                title: "Dir \\q"
                ---
                -- content/topics/short-hex.md --
                ---
                title: "Code \\x4"
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/short-hex.md:2:14: error: YAML: a backslash in double quotes starts an escape sequence"
                        + " (\\n, \\\", \\\\ …), and '\\x' must be followed by 2 hexadecimal digits (write \\\\ for a"
                        + " backslash, or put the value in single quotes)",
                "content/topics/unknown-escape.md:2:13: error: YAML: a backslash in double quotes starts an escape sequence"
                        + " (\\n, \\\", \\\\ …), and '\\q' is not one (write \\\\ for a backslash, or put the value in"
                        + " single quotes)",
                "content/topics/windows-path.md:2:11: error: YAML: a backslash in double quotes starts an escape sequence"
                        + " (\\n, \\\", \\\\ …), and '\\U' must be followed by 8 hexadecimal digits (write \\\\ for a"
                        + " backslash, or put the value in single quotes)");
    }

    /**
     * A site.yml that YAML cannot read was built with the default settings: one language, so every translation was
     * "no language 'ru' in site.yml" (124 errors on the real portal, its one true error among them). It is the only
     * error now.
     */
    @Test
    void aSiteYmlThatCannotBeReadIsItsOwnOnlyError() {
        BuildResult result = buildWith("""
                -- content/site.yml --
                title: Test portal
                base_url: "https://accord.test/portal/
                languages: [en, ru]
                -- content/topics/trade.ru.md --
                ---
                title: Торговля
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/site.yml:2:11: error: YAML: this quote is never closed (end the value with the same quote mark on this line)");
    }

    @Test
    void reportsEveryProblemOfThePortalAtOnceSortedByFileAndLine() {
        BuildResult result = buildWith("""
                -- content/sessions/beta-session.md --
                ---
                title: Closing plenary
                date: 2024-02-30
                event: cop29
                speakers: [anna-zeler]
                ---
                -- content/events/cop29.md --
                ---
                title: COP29
                start: 2024-11-11
                kind: conferense
                ---
                -- content/topics/trade.md --
                ---
                title: Trade
                ---
                [x](nothing.md)
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/events/cop29.md:4:7: error: kind: 'conferense' is not one of conference, summit, meeting (did you mean 'conference'?)",
                "content/sessions/beta-session.md:3:7: error: date: '2024-02-30': February 2024 has 29 days (check the day)",
                "content/sessions/beta-session.md:5:12: error: speakers[0]: no person 'anna-zeler' (did you mean 'anna-zeller'?)",
                "content/topics/trade.md:4:1: error: broken link 'nothing.md': no record content/topics/nothing.md (fix the path, or create the record)");
    }

    @Test
    void failedBuildLeavesPreviousOutputAndEverythingElseUntouched(@TempDir Path dir) {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(TestPortal.build(dir).ok()).isTrue();
        assertThat(dir.resolve("site/index.html")).isRegularFile();

        TestPortal.write(dir, """
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary changed
                date: 2024-11-12
                event: cop-29
                ---
                """);
        Map<String, String> before = TestPortal.snapshotText(dir);
        BuildResult failed = TestPortal.build(dir);

        assertThat(TestPortal.problems(failed)).containsExactly(
                "content/sessions/alpha-session.md:4:8: error: event: no event 'cop-29' (did you mean 'cop29'?)");
        assertThat(TestPortal.snapshotText(dir)).isEqualTo(before);
    }

    @Test
    void successfulRebuildReplacesOutputAndLeavesNothingBeside(@TempDir Path dir) {
        TestPortal.write(dir, TestPortal.PORTAL);
        TestPortal.build(dir);
        TestPortal.write(dir, """
                -- content/topics/trade.md --
                ---
                title: Trade and transit
                ---
                """);
        assertThat(TestPortal.build(dir).ok()).isTrue();
        assertThat(TestPortal.snapshotText(dir.resolve("site")).get("topics/trade/index.html")).contains("Trade and transit");
        assertThat(TestPortal.snapshot(dir).keySet()).allMatch(p -> p.startsWith("content/") || p.startsWith("site/") || p.equals("/"));
    }
}
