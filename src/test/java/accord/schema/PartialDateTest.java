package accord.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void parsesDayMonthAndYearPrecision() {
        assertThat(PartialDate.parse("2024-11-14")).contains(new PartialDate(2024, 11, 14));
        assertThat(PartialDate.parse("2024-11")).contains(new PartialDate(2024, 11, 0));
        assertThat(PartialDate.parse("2024")).contains(new PartialDate(2024, 0, 0));
    }

    @Test
    void rejectsImpossibleDatesInsteadOfRollingOver() {
        assertThat(PartialDate.parse("2024-02-30")).isEmpty();
        assertThat(PartialDate.parse("2023-02-29")).isEmpty();
        assertThat(PartialDate.parse("2024-13")).isEmpty();
        assertThat(PartialDate.parse("2024-00")).isEmpty();
        assertThat(PartialDate.parse("2024-11-00")).isEmpty();
        assertThat(PartialDate.parse("2024-02-29")).contains(new PartialDate(2024, 2, 29));
    }

    @Test
    void rejectsOtherForms() {
        for (String s : List.of("", "24-11-14", "2024/11/14", "2024-1-5", "2024-11-14T10:00", " 2024", "14 November 2024")) {
            assertThat(PartialDate.parse(s)).as(s).isEmpty();
        }
    }

    @Test
    void constructorRefusesImpossibleValues() {
        assertThrows(RuntimeException.class, () -> new PartialDate(2024, 2, 30));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2024, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2024, 13, 0));
    }

    @Test
    void displaysInEnglishAtItsPrecision() {
        assertThat(PartialDate.parse("2024-11").get().display()).isEqualTo("November 2024");
        assertThat(PartialDate.parse("2024-11-04").get().display()).isEqualTo("4 November 2024");
        assertThat(PartialDate.parse("2024").get().display()).isEqualTo("2024");
    }

    @Test
    void isoKeepsThePrecision() {
        assertThat(PartialDate.parse("2024-11").get().iso()).isEqualTo("2024-11");
        assertThat(PartialDate.parse("2024-11-04").get().iso()).isEqualTo("2024-11-04");
        assertThat(PartialDate.parse("0999").get().iso()).isEqualTo("0999");
    }

    @Test
    void sortsEarliestFirstWithYearBeforeItsMonths() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2024-11-14").get(),
                PartialDate.parse("2024-11").get(), PartialDate.parse("2023-12-31").get(), PartialDate.parse("2024").get()));
        dates.sort(null);
        assertThat(dates).extracting(PartialDate::iso).containsExactly("2023-12-31", "2024", "2024-11", "2024-11-14");
    }
}
