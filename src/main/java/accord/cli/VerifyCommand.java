package accord.cli;

import accord.archive.Verify;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks a copy of a built site against its manifest.json: every file there, unchanged, and"
                + " nothing else (but site.yml's keep: files and a .git, .hg, .svn or .bzr folder at the top, which it"
                + " names as left out). Exit 1 when anything differs.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to check (a site written by accord build).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Verify.Report report;
        try {
            report = Verify.check(dir);
        } catch (Verify.ManifestException e) {
            spec.commandLine().getErr().println("accord: error: " + e.getMessage());
            return 1;
        }
        // What was left out unchecked (a .git folder, site.yml's keep: files) is said once each, before the verdict.
        java.io.PrintWriter verdict = report.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr();
        report.notes().forEach(verdict::println);
        report.differences().forEach(spec.commandLine().getErr()::println);
        if (!report.ok()) {
            spec.commandLine().getErr().printf("%s does not match its manifest.json: %d difference%s%n", shown(dir),
                    report.differences().size(), report.differences().size() == 1 ? "" : "s");
            return 1;
        }
        spec.commandLine().getOut().printf("ok: %d files match manifest.json%n", report.listed());
        return 0;
    }

    /** The folder as given, tidied ({@code site/./} is {@code site}); {@code .}, which tidies to nothing, stays {@code .}. */
    static String shown(Path dir) {
        String name = dir.normalize().toString();
        return name.isEmpty() ? "." : name;
    }
}
