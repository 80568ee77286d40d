package accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How verify names the folder it checked in its verdict. */
class VerifyCommandTest {
    /** {@code accord verify .} inside a copy named nothing: "does not match its manifest.json" had no subject. */
    @Test
    void theCurrentFolderIsNamedAsADot() {
        assertThat(VerifyCommand.shown(Path.of("."))).isEqualTo(".");
        assertThat(VerifyCommand.shown(Path.of("copy/.."))).isEqualTo(".");
        assertThat(VerifyCommand.shown(Path.of("site/./"))).isEqualTo("site");
        assertThat(VerifyCommand.shown(Path.of("/srv/copies/../site"))).isEqualTo("/srv/site");
    }
}
