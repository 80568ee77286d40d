package accord.text;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code wrong}, if it is near enough to be a plausible slip:
     * at most a third of the longer string's length, and at least 1 edit. Ties go to the
     * alphabetically first candidate, so the suggestion is stable.
     */
    public static Optional<String> nearest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            // The distance is at least the difference in length: skip what cannot be nearer (or tie).
            if (best != null && Math.abs(c.length() - wrong.length()) > bestDistance) continue;
            int d = best == null ? distance(wrong, c) : distanceAtMost(wrong, c, bestDistance);
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) return Optional.empty();
        int limit = Math.max(2, Math.max(wrong.length(), best.length()) / 3);
        if (bestDistance <= limit) return Optional.of(best);
        return wordPrefix(wrong, candidates);
    }

    /**
     * A candidate that is the first word of {@code wrong} ({@code owner} for {@code owner_org}), or
     * whose first word {@code wrong} is: too far by edits, but plainly what was meant.
     */
    private static Optional<String> wordPrefix(String wrong, Collection<String> candidates) {
        return candidates.stream()
                .filter(c -> Math.min(c.length(), wrong.length()) >= 3)
                .filter(c -> startsWithWord(wrong, c) || startsWithWord(c, wrong))
                .min(java.util.Comparator.comparingInt((String c) -> -c.length()).thenComparing(c -> c));
    }

    private static boolean startsWithWord(String text, String word) {
        return text.length() > word.length() && text.startsWith(word) && "_-. ".indexOf(text.charAt(word.length())) >= 0;
    }

    /** " (did you mean 'x'?)" or the given fallback hint. */
    public static String hint(String wrong, Collection<String> candidates, String fallback) {
        return nearest(wrong, candidates).map(s -> " (did you mean '" + s + "'?)").orElse(fallback);
    }

    /**
     * {@link #distance}, or any number above {@code limit} once the distance is sure to exceed it: a row
     * whose every cell is over the limit ends the comparison.
     */
    static int distanceAtMost(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
