package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TestPrerequisitesTest {
    @Test
    void aMissingCheckerFailsSayingWhatToRun() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TestPrerequisites.require("node_modules/no-such-checker/x.js"));
        assertThat(e.getMessage()).isEqualTo("node_modules/no-such-checker/x.js is missing: this test needs the test-only"
                + " checkers that npm installs. Run `npm install --no-save --no-audit --no-fund axe-core@4 vnu-jar` in the"
                + " repository root first (README's test command does), then run the tests again.");
    }

    @Test
    void theNpmStepIsReadmesAndCisOwn() throws java.io.IOException {
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("README.md"))).contains(TestPrerequisites.NPM_STEP);
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(".ci/run"))).contains(TestPrerequisites.NPM_STEP);
    }
}
