package accord.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void distanceCountsEdits() {
        assertThat(Suggestions.distance("", "")).isZero();
        assertThat(Suggestions.distance("abc", "abc")).isZero();
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("mikayil-jabarov", "mikayil-jabbarov")).isEqualTo(1);
    }

    @Test
    void suggestsTheNearestCandidate() {
        assertThat(Suggestions.nearest("mikayil-jabarov", List.of("anna-zeller", "mikayil-jabbarov", "bob-adams")))
                .contains("mikayil-jabbarov");
    }

    @Test
    void suggestsNothingWhenEverythingIsFar() {
        assertThat(Suggestions.nearest("zz-top", List.of("anna-zeller", "mikayil-jabbarov"))).isEmpty();
        assertThat(Suggestions.nearest("x", List.of())).isEmpty();
    }

    @Test
    void shortWordsAllowTwoEdits() {
        assertThat(Suggestions.nearest("ab", List.of("cd"))).contains("cd");
        assertThat(Suggestions.nearest("abc", List.of("xyz"))).isEmpty();
    }

    @Test
    void tieGoesToAlphabeticallyFirstWhateverTheOrder() {
        assertThat(Suggestions.nearest("cat", List.of("cut", "bat"))).contains("bat");
        assertThat(Suggestions.nearest("cat", List.of("bat", "cut"))).contains("bat");
    }

    @Test
    void aCandidateDifferingInCaseAloneComesBeforeOneAsFewEditsAway() {
        assertThat(Suggestions.nearest("b", List.of("A", "B", "C"))).contains("B");
        assertThat(Suggestions.nearest("Notes", List.of("nodes", "notes"))).contains("notes");
        assertThat(Suggestions.nearest("b", List.of("A", "C"))).contains("A");
    }

    @Test
    void slugsThatShareTheirFirstWordsAreNearOnlyWhenTheWordsThatDifferAre() {
        List<String> declarations = List.of("declarations/baku-declaration-aze-geo-tur-2024",
                "declarations/baku-declaration-carec-climate-innovation-trade-2024", "declarations/baku-declaration-speca-2023");
        assertThat(Suggestions.nearest("declarations/baku-declaration-caspian-sea-cop29", declarations)).isEmpty();
        assertThat(Suggestions.nearest("baku-declaration-caspian-sea-cop29",
                List.of("baku-declaration-aze-geo-tur-2024", "baku-declaration-speca-2023"))).isEmpty();
        assertThat(Suggestions.nearest("cop29-opening-plenary", List.of("cop29-closing-plenary"))).isEmpty();
        assertThat(Suggestions.nearest("ministry-of-energy-of-azerbaijan", List.of("ministry-of-economy-of-azerbaijan"))).isEmpty();
        // A slip inside one word of a long slug is still near.
        assertThat(Suggestions.nearest("declarations/baku-declaration-speca-2032", declarations))
                .contains("declarations/baku-declaration-speca-2023");
        assertThat(Suggestions.nearest("sessions/beta-sesion", List.of("sessions/beta-session", "sessions/alpha-session")))
                .contains("sessions/beta-session");
        assertThat(Suggestions.nearest("cop-29", List.of("cop29", "cop30"))).contains("cop29");
        assertThat(Suggestions.nearest("mikail-jabarov", List.of("mikayil-jabbarov"))).contains("mikayil-jabbarov");
    }

    @Test
    void hintQuotesTheSuggestionOrFallsBack() {
        assertThat(Suggestions.hint("sesions", List.of("sessions", "events"), " (fallback)"))
                .isEqualTo(" (did you mean 'sessions'?)");
        assertThat(Suggestions.hint("zzz-qqq-www", List.of("sessions"), " (fallback)")).isEqualTo(" (fallback)");
    }

    @Test
    void aSharedFirstWordAloneIsNotASuggestion() {
        // A deleted record whose slug begins with another's whole slug is not that other record.
        assertThat(Suggestions.nearest("climate-finance-caspian", List.of("climate-finance", "trade"))).isEmpty();
        assertThat(Suggestions.nearest("topics/climate-finance-caspian", List.of("topics/climate-finance"))).isEmpty();
        assertThat(Suggestions.nearest("climate", List.of("climate-finance"))).isEmpty();
        // Field names too: where nothing is near, the caller lists the known ones instead.
        assertThat(Suggestions.nearest("owner_org", List.of("owner", "organization", "kind"))).isEmpty();
        assertThat(Suggestions.nearest("date", List.of("date_basis", "kind"))).isEmpty();
        // What is left over short enough to be a slip still is one.
        assertThat(Suggestions.nearest("climate-finances", List.of("climate-finance", "trade"))).contains("climate-finance");
        assertThat(Suggestions.nearest("owners", List.of("owner", "kind"))).contains("owner");
    }

    @Test
    void extendingIsTheOneCandidateThatGoesOnFromAllTheWords() {
        assertThat(Suggestions.extending("unfccc", List.of("cop29", "unfccc-cop"))).contains("unfccc-cop");
        assertThat(Suggestions.extending("unfccc", List.of("unfccc-cop", "unfccc-sb60"))).as("ambiguous").isEmpty();
        assertThat(Suggestions.extending("unfc", List.of("unfccc-cop"))).as("not a whole word").isEmpty();
        assertThat(Suggestions.extending("climate-finance-caspian", List.of("climate-finance"))).isEmpty();
    }

    /** The pruned search (length bound, early exit) must pick exactly what comparing with every candidate picks. */
    @Test
    void prunedSearchEqualsTheLongWay() {
        java.util.Random random = new java.util.Random(13);
        for (int round = 0; round < 2_000; round++) {
            List<String> candidates = new java.util.ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) candidates.add(word(random));
            String wrong = random.nextBoolean() ? word(random) : mutate(candidates.get(0), random);
            String longWay = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String c : candidates) {
                int d = Suggestions.distance(wrong, c);
                if (d < bestDistance || d == bestDistance && c.compareTo(longWay) < 0) {
                    longWay = c;
                    bestDistance = d;
                }
            }
            // Words of a to d have no separators: the words that differ are the whole strings.
            int limit = Math.max(2, Math.max(wrong.length(), longWay.length()) / 3);
            if (bestDistance <= limit) {
                assertThat(Suggestions.nearest(wrong, candidates)).as("%s in %s", wrong, candidates).contains(longWay);
            }
            for (String c : candidates) {
                int exact = Suggestions.distance(wrong, c);
                for (int l = 0; l < 6; l++) {
                    int bounded = Suggestions.distanceAtMost(wrong, c, l);
                    if (exact <= l) assertThat(bounded).isEqualTo(exact);
                    else assertThat(bounded).isGreaterThan(l);
                }
            }
        }
    }

    private static String word(java.util.Random random) {
        StringBuilder sb = new StringBuilder();
        int len = 1 + random.nextInt(12);
        for (int i = 0; i < len; i++) sb.append((char) ('a' + random.nextInt(4)));
        return sb.toString();
    }

    private static String mutate(String s, java.util.Random random) {
        StringBuilder sb = new StringBuilder(s);
        int edits = random.nextInt(3);
        for (int i = 0; i < edits && sb.length() > 0; i++) sb.setCharAt(random.nextInt(sb.length()), 'z');
        if (random.nextBoolean()) sb.append('q');
        return sb.toString();
    }
}
