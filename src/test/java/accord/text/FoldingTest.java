package accord.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void foldsAzerbaijaniDotlessIAndCase() {
        assertThat(Folding.fold("Mikayıl")).isEqualTo("mikayil");
        assertThat(Folding.fold("MIKAYIL")).isEqualTo("mikayil");
        assertThat(Folding.fold("Mikayil")).isEqualTo("mikayil");
    }

    @Test
    void foldsAzerbaijaniSpellingsOfJabbarov() {
        assertThat(Folding.fold("Cabbarov")).isEqualTo("cabbarov");
        assertThat(Folding.fold("Mikayıl Cabbarov")).isEqualTo("mikayil cabbarov");
        assertThat(Folding.fold("Əliyev")).isEqualTo("eliyev");
        assertThat(Folding.fold("Şahin Çağ Ğ Ö Ü")).isEqualTo("sahin cag g o u");
    }

    @Test
    void keepsCyrillicButLowerCasesIt() {
        assertThat(Folding.fold("Джаббаров")).isEqualTo("джаббаров");
        assertThat(Folding.fold("МИКАИЛ")).isEqualTo("микаил");
        assertThat(Folding.fold("Ёлка")).isEqualTo("елка");
        assertThat(Folding.fold("й")).isEqualTo("и");
    }

    @Test
    void isIndependentOfTheDefaultLocale() {
        // Surefire runs with the Turkish locale, where "I".toLowerCase() would be a dotless ı.
        assertThat(Folding.fold("IZMIR")).isEqualTo("izmir");
        assertThat(Folding.fold("İstanbul")).isEqualTo("istanbul");
    }

    @Test
    void mapsLettersWithoutDecomposition() {
        assertThat(Folding.fold("Straße Øresund Łódź æon œuvre")).isEqualTo("strasse oresund lodz aeon oeuvre");
    }
}
