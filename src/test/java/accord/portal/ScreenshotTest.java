package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.Build;
import accord.build.BuildOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Not a check but a tool: writes full-page PNGs of the real portal's main page types at phone (360 px) and
 * desktop (1280 px) width, light, dark and as printed, so a person can look at them. Runs only when asked:
 *
 * <pre>mvn -B -q -ntp test -Dtest=ScreenshotTest -Dscreenshots=target/screenshots -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ScreenshotTest {
    static final Map<String, String> PAGES = new java.util.LinkedHashMap<>();

    static {
        PAGES.put("home", "");
        PAGES.put("session", "sessions/carec-partnership-high-level-session-cop29/");
        PAGES.put("declaration", "declarations/baku-declaration-carec-climate-innovation-trade-2024/");
        PAGES.put("person", "speakers/mikayil-jabbarov/");
        PAGES.put("list", "sessions/");
        PAGES.put("timeline", "timeline/2024/");
        PAGES.put("topic", "topics/climate-finance/");
        PAGES.put("about", "about/");
        PAGES.put("changes", "changes/");
        PAGES.put("search", "search/?q=jabbarov");
        PAGES.put("404", "no-such-page/");
        // The site's pages in the portal's other languages.
        PAGES.put("home-ru", "ru/");
        PAGES.put("home-az", "az/");
        PAGES.put("list-ru", "ru/sessions/");
        PAGES.put("list-az", "az/speakers/");
    }

    @Test
    void writeScreenshots(@TempDir Path out) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path dir = repo.resolve(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        var result = new Build(new BuildOptions(repo, out.resolve("site"), false, Optional.of("/"), true)).run();
        assertThat(result.ok()).as("build: %s", result.problems()).isTrue();
        for (String mode : new String[] {"", "dark", "print"}) {
            boolean dark = !mode.isEmpty();
            ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--no-first-run", "--disable-dev-shm-usage");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            try (StaticServer server = new StaticServer(out.resolve("site"))) {
                if (mode.equals("dark")) {
                    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                            java.util.List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
                } else if (mode.equals("print")) {
                    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                }
                for (var page : PAGES.entrySet()) {
                    if (page.getKey().equals("search") && !Files.exists(out.resolve("site/search/index.html"))) continue;
                    for (int width : new int[] {360, 1280}) {
                        if (mode.equals("dark") && width == 1280 && !page.getKey().equals("session")) continue;
                        if (mode.equals("print") && (width == 360 || !List.of("session", "list", "home").contains(page.getKey()))) continue;
                        driver.manage().window().setSize(new Dimension(width, 800));
                        driver.get(server.url(page.getValue()));
                        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                                "return document.documentElement.scrollHeight;");
                        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 16000)));
                        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                        Files.write(dir.resolve(page.getKey() + "-" + width + (dark ? "-" + mode : "") + ".png"), png);
                    }
                }
            } finally {
                driver.quit();
            }
        }
    }
}
