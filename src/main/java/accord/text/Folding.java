package accord.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and diacritic folding: {@code Mikayıl} and {@code MIKAYIL} both fold to {@code mikayil}.
 * Letters without a decomposition that readers treat as a plain letter (dotless i, ə) are mapped
 * by hand; Cyrillic is kept (folded to lower case, ё to е).
 */
public final class Folding {
    private Folding() {
    }

    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case 'ı' -> sb.append('i');
                case 'ə' -> sb.append('e');
                case 'ß' -> sb.append("ss");
                case 'ø' -> sb.append('o');
                case 'ł' -> sb.append('l');
                case 'đ' -> sb.append('d');
                case 'æ' -> sb.append("ae");
                case 'œ' -> sb.append("oe");
                default -> sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }
}
