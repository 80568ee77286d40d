package accord.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test-only checkers that README's test command installs with npm (axe-core, the Nu Html Checker). When one is
 * missing, a test fails saying what to run, not with a bare NoSuchFileException.
 */
public final class TestPrerequisites {
    /** README's npm step, which installs both. */
    public static final String NPM_STEP = "npm install --no-save --no-audit --no-fund axe-core@4 vnu-jar";

    private TestPrerequisites() {
    }

    /** The text of axe-core's {@code axe.min.js}. */
    public static String axe() throws IOException {
        return Files.readString(require("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
    }

    /** The Nu Html Checker's jar. */
    public static Path vnu() {
        return require("node_modules/vnu-jar/build/dist/vnu.jar");
    }

    /** {@code relative} under the repository root, or an error saying what is missing and what to run. */
    static Path require(String relative) {
        Path file = Path.of("").toAbsolutePath().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(message(relative));
        }
        return file;
    }

    static String message(String relative) {
        return relative + " is missing: this test needs the test-only checkers that npm installs. Run `" + NPM_STEP
                + "` in the repository root first (README's test command does), then run the tests again.";
    }
}
