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
    void hintQuotesTheSuggestionOrFallsBack() {
        assertThat(Suggestions.hint("sesions", List.of("sessions", "events"), " (fallback)"))
                .isEqualTo(" (did you mean 'sessions'?)");
        assertThat(Suggestions.hint("zzz-qqq-www", List.of("sessions"), " (fallback)")).isEqualTo(" (fallback)");
    }

    @Test
    void suggestsACandidateThatIsTheFirstWordOfAFarName() {
        assertThat(Suggestions.nearest("owner_org", List.of("owner", "organization", "kind"))).contains("owner");
        assertThat(Suggestions.nearest("date", List.of("date_basis", "kind"))).contains("date_basis");
        assertThat(Suggestions.nearest("ownership", List.of("owner", "kind"))).isEmpty();
    }
}
