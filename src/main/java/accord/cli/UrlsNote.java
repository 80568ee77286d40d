package accord.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Says, after a good build or check, how to start guarding the site's addresses when the portal has no manifest. */
final class UrlsNote {
    private UrlsNote() {
    }

    static void print(Path source, PrintWriter out) {
        if (Files.exists(source.resolve("content/urls.txt"), LinkOption.NOFOLLOW_LINKS)) return;
        out.println("note: no content/urls.txt, so no published address is guarded; run 'accord urls --update'"
                + " and commit the file");
    }
}
