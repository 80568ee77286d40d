package accord.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code wrong}, if it is near enough to be a plausible slip. A candidate that
     * differs from {@code wrong} in case alone comes first ({@code b} is {@code B}, not {@code A}, which is as
     * few edits away). Otherwise the nearest by edits, if they are at most a third of the length (and at least
     * 2) of the words they touch: the part of the two strings from the first word that differs to the last,
     * words being split at {@code - _ . / } and spaces. A long slug that shares its first words with a candidate
     * ({@code baku-declaration-caspian-sea-cop29}, {@code baku-declaration-speca-2023}) is then not near it
     * for the length of what they share. Nor is a name that only shares its first words with a candidate:
     * {@code climate-finance-caspian} (a deleted record) is not {@code climate-finance}, which is another record,
     * and suggesting it would send the editor to the wrong one. Ties go to the alphabetically first candidate, so
     * the suggestion is stable.
     */
    public static Optional<String> nearest(String wrong, Collection<String> candidates) {
        Optional<String> inCase = candidates.stream().filter(c -> !c.equals(wrong) && c.equalsIgnoreCase(wrong)).min(String::compareTo);
        if (inCase.isPresent()) return inCase;
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
        if (best == null || bestDistance > limit(wrong, best)) return Optional.empty();
        return Optional.of(best);
    }

    /**
     * How many edits make {@code a} and {@code b} a plausible slip of each other: a third of the longer of the
     * parts that differ, widened to whole words (at least 2). Without separators that is the whole strings.
     */
    static int limit(String a, String b) {
        int prefix = 0;
        int shorter = Math.min(a.length(), b.length());
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < shorter - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) suffix++;
        // Back to the start of the word the first difference is in, and on to the end of the word the last is in.
        while (prefix > 0 && !separator(a.charAt(prefix - 1))) prefix--;
        while (suffix > 0 && !separator(a.charAt(a.length() - suffix))) suffix--;
        int differing = Math.max(a.length(), b.length()) - prefix - suffix;
        return Math.max(2, differing / 3);
    }

    private static boolean separator(char c) {
        return "-_./ ".indexOf(c) >= 0;
    }

    /**
     * The one candidate that begins with all of {@code wrong}'s words and goes on ({@code unfccc-cop} for
     * {@code unfccc}), if exactly one does: for a name the caller knows to be a real name of something else (a
     * record of another kind), so that what was typed is explained and the candidate that goes on from it is
     * what was meant. Not for a name that names nothing: there a shared beginning is chance.
     */
    public static Optional<String> extending(String wrong, Collection<String> candidates) {
        String only = null;
        for (String c : candidates) {
            if (c.length() > wrong.length() && c.startsWith(wrong) && separator(c.charAt(wrong.length()))) {
                if (only != null) return Optional.empty();
                only = c;
            }
        }
        return Optional.ofNullable(only);
    }

    /** How many slugs a {@link #didYouMean} names before it counts the rest. */
    public static final int SHOWN = 3;

    /**
     * The candidates that begin with all of {@code wrong}'s words and go on ({@code baku-declaration-2024} and
     * {@code baku-declaration-text} for {@code baku-declaration}), sorted. {@link #nearest} does not give these,
     * since they are far from {@code wrong} by edits; but a name the editor typed short is one of them, and listing
     * them lets the editor pick, where choosing one would be a guess.
     */
    public static List<String> startingWith(String wrong, Collection<String> candidates) {
        List<String> found = new ArrayList<>();
        for (String c : candidates) {
            if (!wrong.isEmpty() && c.length() > wrong.length() && c.startsWith(wrong) && separator(c.charAt(wrong.length()))) {
                found.add(c);
            }
        }
        found.sort(null);
        return found;
    }

    /**
     * " (did you mean 'a'?)", " (did you mean 'a' or 'b'?)", " (did you mean 'a', 'b' or 'c'?)"; past {@value #SHOWN}
     * names, the rest counted: " (did you mean 'a', 'b', 'c' or one of 2 more that start with 'x'?)".
     */
    public static String didYouMean(List<String> names, String wrong) {
        List<String> quoted = names.stream().limit(SHOWN).map(n -> "'" + n + "'").toList();
        int more = names.size() - quoted.size();
        StringBuilder sb = new StringBuilder(" (did you mean ");
        if (more > 0) {
            sb.append(String.join(", ", quoted)).append(" or one of ").append(more).append(" more that start with '")
                    .append(wrong).append("'");
        } else if (quoted.size() == 1) {
            sb.append(quoted.get(0));
        } else {
            sb.append(String.join(", ", quoted.subList(0, quoted.size() - 1))).append(" or ").append(quoted.get(quoted.size() - 1));
        }
        return sb.append("?)").toString();
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
