package accord.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass tokeniser and folding of {@link SearchText} against the regular expressions they replaced (kept
 * here as the model, word for word as they were): on random text made of the characters where the rules differ
 * (joints, digits, marks, Cyrillic, Turkic and Azerbaijani letters, surrogate pairs, spaces), both give the same
 * terms, in the same order.
 */
class SearchTextModelTest {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+(?:[./,\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern JOINT = Pattern.compile("[./,\\-]");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*");
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    static String modelFold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case 'ı' -> sb.append('i');
                case 'ə' -> sb.append('e');
                case 'ß' -> sb.append("ss");
                case 'ø' -> sb.append('o');
                case 'ł' -> sb.append('l');
                case 'đ', 'ð' -> sb.append('d');
                case 'þ' -> sb.append("th");
                case 'æ' -> sb.append("ae");
                case 'œ' -> sb.append("oe");
                case 'ς' -> sb.append('σ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static List<String> modelTokens(String text, boolean query) {
        List<String> out = new ArrayList<>();
        Matcher m = RUN.matcher(modelFold(text));
        while (m.find()) {
            String run = m.group();
            if (!JOINT.matcher(run).find()) {
                out.add(run);
                continue;
            }
            String[] parts = JOINT.split(run);
            boolean hyphenated = HYPHENATED.matcher(run).matches();
            if (parts.length == 1 || NUMBER.matcher(run).matches()) {
                out.add(run);
            } else if (query && hyphenated) {
                out.add(run);
            } else if (!DIGIT.matcher(run).find()) {
                out.addAll(List.of(parts));
                if (hyphenated) out.add(run.replace("-", ""));
            } else {
                out.add(run);
                if (query) continue;
                Matcher j = JOINT.matcher(run);
                List<Integer> joints = new ArrayList<>();
                while (j.find()) joints.add(j.start());
                for (int k = 0; k < joints.size() - 1; k++) out.add(run.substring(joints.get(k) + 1));
                out.addAll(List.of(parts));
                if (hyphenated && LETTER.matcher(run).find()) out.add(run.replace("-", ""));
            }
        }
        return out;
    }

    private static final String[] PIECES = {"a", "b", "Z", "1", "9", "0", ".", "/", ",", "-", " ", "  ", "\n", "_", "%",
        "ı", "İ", "ə", "Ə", "ş", "ç", "ğ", "ö", "ü", "é", "e\u0301", "\u0301", "ß", "ø", "Ł", "đ", "þ", "Æ", "œ", "ς",
        "Д", "ж", "ё", "й", "Ъ", "ﬁ", "Ⅻ", "２", "½", "²", "٣", "\uD835\uDC00", "\uD801\uDC00", "\uD834\uDD65", "–", "«",
        "·", "\u00A0", "\u2028", "'", "中", "ـ", "ʼ"};

    @Test
    void theOnePassTokeniserGivesWhatTheRegularExpressionsGave() {
        Random random = new Random(42);
        for (int round = 0; round < 30_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String text = sb.toString();
            assertThat(SearchText.fold(text)).as("fold of '%s'", text).isEqualTo(modelFold(text));
            assertThat(SearchText.tokens(text)).as("tokens of '%s'", text).isEqualTo(modelTokens(text, false));
            assertThat(SearchText.queryTokens(text)).as("query of '%s'", text).isEqualTo(modelTokens(text, true));
        }
    }

    /** The pieces above and the ASCII characters where the tokeniser cuts a text into pieces it folds alone. */
    private static final String[] CUT_PIECES = {"a", "Z", "1", ".", "/", ",", "-", " ", "(", ")", "'", "\"", ":", ";", "!",
        "[", "]", "#", "*", "_", "\n", "\t", "ı", "İ", "Ə", "é", "e\u0301", "\u0301", "ß", "Σ", "ΑΣ", "σ", "ς", "ﬁ", "½",
        "２", "．", "／", "，", "\uD835\uDC00", "\uD835", "\uDC00", "Д", "·", "—", "ʼ", "\u00A0"};

    /** Text cut at ASCII separators and folded piece by piece gives the terms of the text folded whole. */
    @Test
    void tokensOfPiecesAreTheTokensOfTheWhole() {
        Random random = new Random(43);
        for (int round = 0; round < 40_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(round % 10 == 0 ? 80 : 16);
            for (int i = 0; i < length; i++) sb.append(CUT_PIECES[random.nextInt(CUT_PIECES.length)]);
            String text = sb.toString();
            assertThat(SearchText.tokens(text)).as("tokens of '%s'", text).isEqualTo(modelTokens(text, false));
            assertThat(SearchText.queryTokens(text)).as("query of '%s'", text).isEqualTo(modelTokens(text, true));
            List<String> ranges = new ArrayList<>();
            SearchText.eachTerm(new StringBuilder(text), (buf, from, to) -> ranges.add(new String(buf, from, to - from)));
            assertThat(ranges).as("terms of '%s'", text).isEqualTo(modelTokens(text, false));
        }
    }

    private static final String[] EXCERPT_PIECES = {"word", "a", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "·", " · ",
        "\u2003", "\u00A0", "\u2028", "Баку", "x"};

    /** A record's excerpt, made in one pass and stopped early, and its whole line equal the regular expressions' on the whole text. */
    @Test
    void theOnePassExcerptGivesWhatTheRegularExpressionsGave() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(round % 10 == 0 ? 400 : 120);
            for (int i = 0; i < length; i++) sb.append(EXCERPT_PIECES[random.nextInt(EXCERPT_PIECES.length)]);
            String text = sb.toString();
            String model = text.replaceAll("\\s+", " ").replaceAll("^[ ·]+", "").strip();
            assertThat(Doc.cut(Doc.excerpt(text))).as("excerpt of '%s'", text).isEqualTo(Doc.cut(model));
            assertThat(Doc.line(text, Integer.MAX_VALUE)).as("line of '%s'", text).isEqualTo(model);
        }
    }
}
