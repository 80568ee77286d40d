package accord.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar accord.jar build} with no JVM option at all runs the build in a second JVM with the settings
 * {@code ./accord} gives it: the JVM's defaults (the G1 collector growing the heap to GiBs, the optimising JIT
 * competing with the build for the cores) took 31–39 s and 2.3–2.7 GiB at 10,000 records on 2 cores, against 19 s and
 * 340 MiB with the serial collector and the first JIT tier. Any JVM option given ({@code java -Xmx4g -jar …}) is the
 * user's choice, and the build runs where it was started; so does every command but {@code build} and {@code check}.
 *
 * <p>The first JVM waits for the second and exits with its code; stopped, it stops the second, and the second stops
 * itself when the first is gone (killed outright), as a killed build does: {@code site/} as it was.
 */
final class Relaunch {
    /** The settings {@code ./accord} gives a build (of a portal of any size, the first JIT tier). */
    static final List<String> SETTINGS = List.of("-XX:+UseSerialGC", "-XX:NewRatio=5", "-XX:TieredStopAtLevel=1");
    /** Set in the child to the first JVM's process id. */
    static final String PARENT = "accord.parent";

    private Relaunch() {
    }

    /**
     * The command that runs {@code args} in a second JVM, when this one was started as {@code java -jar JAR} with no
     * option (none on its command line, none in the environment) and {@code args} is a build or a check; empty
     * otherwise.
     *
     * @param arguments this process's arguments after the {@code java} command, as the system gives them
     * @param optionsInEnvironment whether {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS} is set
     * @param archive the class-data archive {@code ./accord} made beside the jar ({@code accord.jsa}), when it is
     *     newer than the jar: the second JVM maps it too
     */
    static Optional<List<String>> command(String java, List<String> arguments, boolean optionsInEnvironment,
                                          Optional<String> archive, long pid, String[] args) {
        if (optionsInEnvironment || !buildOrCheck(args)) return Optional.empty();
        if (arguments.size() < 2 || !arguments.get(0).equals("-jar")) return Optional.empty();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(SETTINGS);
        archive.ifPresent(a -> command.addAll(List.of("-XX:SharedArchiveFile=" + a, "-Xlog:cds=off", "-Xlog:cds+dynamic=off")));
        command.add("-D" + PARENT + "=" + pid);
        command.add("-jar");
        command.add(arguments.get(1));
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** {@link #command} for this JVM (its arguments read from the system: a few file reads, no management beans). */
    static Optional<List<String>> command(String[] args) {
        if (!buildOrCheck(args)) return Optional.empty(); // before asking the system anything: serve, new, urls…
        ProcessHandle self = ProcessHandle.current();
        List<String> arguments = self.info().arguments().map(List::of).orElse(List.of());
        boolean inEnvironment = System.getenv("JAVA_TOOL_OPTIONS") != null || System.getenv("JDK_JAVA_OPTIONS") != null;
        String launcher = self.info().command()
                .orElseGet(() -> java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Optional<String> archive = Optional.empty();
        if (arguments.size() >= 2) {
            java.io.File jar = new java.io.File(arguments.get(1));
            java.io.File jsa = new java.io.File(jar.getAbsoluteFile().getParentFile(), "accord.jsa");
            if (jsa.isFile() && jsa.lastModified() > jar.lastModified()) archive = Optional.of(jsa.getPath());
        }
        return command(launcher, arguments, inEnvironment, archive, self.pid(), args);
    }

    private static boolean buildOrCheck(String[] args) {
        return args.length > 0 && (args[0].equals("build") || args[0].equals("check"));
    }

    /** Runs {@code command} with this process's output and errors (its input a pipe, see {@link #watchParent}); its exit code. */
    static int run(List<String> command) {
        Process child;
        try {
            // Its input is a pipe from this process, which writes nothing: the child sees it end when this process does.
            child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            System.err.println("accord: error: could not start " + command.get(0) + ": " + e.getMessage());
            return 1;
        }
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "accord-stop-build");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return code;
            } catch (InterruptedException e) {
                // Waited for again: the child's exit is what ends this process.
            }
        }
    }

    /**
     * In the second JVM: when the first one is gone, this one goes too. Its input is a pipe from the first, which
     * ends when the first process does, however it ends (a build and a check read nothing from their input).
     */
    static void watchParent() {
        if (System.getProperty(PARENT) != null) accord.process.ParentPipe.haltWhenClosed();
    }
}
