package accord.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the day, the month or only the year. No time zone is involved, so a
 * date is never shifted. Impossible dates ({@code 2024-02-30}) are refused, not rolled over.
 * Sorts earliest first; a year alone sorts before the months of that year.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month).thenComparingInt(PartialDate::day);

    public PartialDate {
        if (month == 0 && day != 0) throw new IllegalArgumentException("day without month");
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month);
        if (day != 0) LocalDate.of(year, month, day); // throws for impossible dates
    }

    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (m.group(2) != null && month == 0) return Optional.empty();
            if (m.group(3) != null && day == 0) return Optional.empty();
            return Optional.of(new PartialDate(year, month, day));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether this date is surely before {@code o}: compared at the precision both give, so 2024-11 is not before
     * 2024-11-20 (it may be the same month's later day), but 2024-10-30 is before 2024-11.
     */
    public boolean surelyBefore(PartialDate o) {
        if (year != o.year) return year < o.year;
        if (!hasMonth() || !o.hasMonth() || month != o.month) return hasMonth() && o.hasMonth() && month < o.month;
        return hasDay() && o.hasDay() && day < o.day;
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** ISO form: {@code 2024-11-14}, {@code 2024-11} or {@code 2024}. */
    public String iso() {
        // Built by hand: String.format was a visible part of rendering every dated page.
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (hasMonth()) pad(sb.append('-'), month, 2);
        if (hasDay()) pad(sb.append('-'), day, 2);
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int n, int width) {
        if (n < 0) {
            // Not a year the schema accepts, but printed as String.format printed it.
            sb.append(String.format(Locale.ROOT, "%0" + width + "d", n));
            return;
        }
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) sb.append('0');
        sb.append(digits);
    }

    /** For readers, in English: {@code 14 November 2024}, {@code November 2024}, {@code 2024}. */
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    public String display() {
        if (!hasMonth()) return Integer.toString(year);
        String monthName = MONTHS[month - 1];
        return hasDay() ? day + " " + monthName + " " + year : monthName + " " + year;
    }

    @Override
    public int compareTo(PartialDate o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return iso();
    }
}
