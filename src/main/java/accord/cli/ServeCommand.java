package accord.cli;

import accord.serve.Preview;
import java.awt.Desktop;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the portal, serves it on 127.0.0.1 and rebuilds what each save under content/ or"
                + " templates/ affects; open pages reload by themselves and show the build's errors.",
                "The preview is built into a temporary folder (removed on exit) with the base URL /; site/ is left alone."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The portal's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--port", paramLabel = "N", description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8000;

    @Option(names = "--open", description = "Open the preview in the default browser.")
    boolean open;

    @Option(names = "--drafts", description = "Show records marked draft: true.")
    boolean drafts;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        Preview preview = Preview.start(source, drafts, port, spec.commandLine().getErr());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (Exception e) {
                // Leaving anyway.
            }
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("serving " + preview.url() + " (Ctrl-C to stop)");
        spec.commandLine().getOut().flush();
        if (open) openBrowser(preview.url());
        stopped.await();
        return 0;
    }

    private void openBrowser(String url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            String[] cmd = os.contains("mac") ? new String[] {"open", url}
                    : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
                    : new String[] {"xdg-open", url};
            new ProcessBuilder(cmd).inheritIO().start();
        } catch (Exception | LinkageError e) {
            spec.commandLine().getErr().println("accord: cannot open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }
}
