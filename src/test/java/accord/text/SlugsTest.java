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

    @Test
    void aNewRecordsSlugIsNeverUntitled() {
        assertThat(Slugs.fromTitle("中文")).isEqualTo("untitled");
        assertThat(Slugs.forNewRecord("中文")).isEqualTo("u4e2d-u6587");
        assertThat(Slugs.forNewRecord("Baku")).isEqualTo("baku");
        assertThat(Slugs.forNewRecord("!!!")).isEqualTo("record");
        assertThat(Slugs.isValid(Slugs.forNewRecord("العربية"))).isTrue();
    }
}
