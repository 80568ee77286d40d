package accord.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar accord.jar <command>}. */
@Command(name = "accord", mixinStandardHelpOptions = true, version = "Accord 0.1.0",
        description = "Builds declaration and conference knowledge portals: Markdown records in content/ to a linked static site.")
public final class Main implements Runnable {
    /** The commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(BuildCommand.class, CheckCommand.class, ServeCommand.class,
            NewCommand.class, FieldsCommand.class, ReportCommand.class, UrlsCommand.class, VerifyCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: " + String.join(", ", COMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList()));
    }

    /** Runs Accord with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Main());
        // picocli reads each command's annotations when it is added, which costs a small portal's build
        // a tenth of its time: add only the command asked for, or all of them for help and mistakes.
        Optional<Class<?>> asked = args.length == 0 ? Optional.empty()
                : COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst();
        if (asked.isPresent()) {
            cmd.addSubcommand(asked.get());
        } else {
            COMMANDS.forEach(cmd::addSubcommand);
            cmd.addSubcommand(new CommandLine.HelpCommand());
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (OutOfMemory.in(ex)) {
                err.println(OutOfMemory.message());
                err.flush();
                return 1;
            }
            err.println("accord: error: " + accord.problem.Failure.describe(ex));
            err.flush();
            return 1;
        });
        int code;
        try {
            code = cmd.execute(args);
        } catch (StackOverflowError e) {
            // A bug in Accord or a library, found by some input: say so in one line, not a stack trace.
            err.println("accord: error: an input is nested too deeply for Accord to process"
                    + " (StackOverflowError; please report it with the file that caused it)");
            code = 1;
        } catch (OutOfMemoryError e) {
            err.println(OutOfMemory.message());
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        java.util.Optional<java.util.List<String>> relaunch = Relaunch.command(args);
        if (relaunch.isPresent()) System.exit(Relaunch.run(relaunch.get()));
        Relaunch.watchParent();
        // FreeMarker would log through java.util.logging, whose start (reading the JDK's logging settings) costs a
        // cold JVM about 30 ms on the way to the first template; it has nothing to say to Accord's users that Accord
        // does not say (a template's errors come as exceptions, and are reported with their file and line).
        System.setProperty("org.freemarker.loggerLibrary", "none");
        int code;
        try {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            code = run(out, err, args);
        } catch (OutOfMemoryError e) {
            // The heap can run out before run() holds its handlers (loading the command line's classes): one line still.
            System.err.println(OutOfMemory.message());
            code = 1;
        }
        System.exit(code);
    }
}
