package accord.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void romanisesLatinDiacriticsAndCyrillic() {
        assertThat(Slugs.fromTitle("Bakı Bəyannaməsi")).isEqualTo("baki-beyannamesi");
        assertThat(Slugs.fromTitle("Джаббаров")).isEqualTo("dzhabbarov");
        assertThat(Slugs.fromTitle("Микаил Джаббаров")).isEqualTo("mikail-dzhabbarov");
        assertThat(Slugs.fromTitle("Щучинск, Йошкар-Ола")).isEqualTo("shchuchinsk-yoshkar-ola");
        assertThat(Slugs.fromTitle("Қазақстан Өкіметі")).isEqualTo("qazaqstan-okimeti");
        assertThat(Slugs.fromTitle("  COP29 — Baku!  ")).isEqualTo("cop29-baku");
    }

    /** The table README documents: every Azerbaijani letter with a mark, and Russian titles of this portal. */
    @Test
    void romanisesAzerbaijaniAndRussianTitlesByTheDocumentedTable() {
        assertThat(Slugs.fromTitle("Əə Iı İi Çç Şş Ğğ Öö Üü")).isEqualTo("ee-ii-ii-cc-ss-gg-oo-uu");
        assertThat(Slugs.fromTitle("Бакинская декларация")).isEqualTo("bakinskaya-deklaratsiya");
        assertThat(Slugs.fromTitle("Mikayıl Cabbarov")).isEqualTo("mikayil-cabbarov");
        assertThat(Slugs.fromTitle("Лязиза Сабырова")).isEqualTo("lyaziza-sabyrova");
        assertThat(Slugs.fromTitle("Объединённый съезд")).isEqualTo("obedinennyy-sezd");
        assertThat(Slugs.fromTitle("İqlim, innovasiya və ticarət üzrə CAREC tərəfdaşlığına dair Bakı Bəyannaməsi"))
                .isEqualTo("iqlim-innovasiya-ve-ticaret-uzre-carec-terefdasligina-dair-baki-beyannamesi");
    }

    @Test
    void aNewRecordsSlugIsNeverUntitled() {
        assertThat(Slugs.fromTitle("中文")).isEqualTo("untitled");
        assertThat(Slugs.forNewRecord("中文")).isEqualTo("u4e2d-u6587");
        assertThat(Slugs.forNewRecord("Baku")).isEqualTo("baku");
        assertThat(Slugs.forNewRecord("!!!")).isEqualTo("record");
        assertThat(Slugs.isValid(Slugs.forNewRecord("العربية"))).isTrue();
    }
}
