package accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The publishing workflow ({@code .github/workflows/publish.yml}) does what README promises: on every push to main it
 * checks the portal strictly before building it, builds it with README's command, uploads {@code site/} and deploys
 * it, and no step may fail quietly.
 */
class PublishWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/publish.yml");

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<Object, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return (List<Object>) o;
    }

    private static Map<Object, Object> workflow() throws IOException {
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(WORKFLOW, StandardCharsets.UTF_8)));
    }

    /** The {@code run} lines of a job's steps, and {@code uses:} entries as "uses …", in order. */
    private static List<String> steps(Map<Object, Object> job) {
        List<String> out = new ArrayList<>();
        for (Object s : list(job.get("steps"))) {
            Map<Object, Object> step = map(s);
            assertThat(step.get("continue-on-error")).as("no step may fail quietly: " + step).isNull();
            if (step.containsKey("run")) out.add(String.valueOf(step.get("run")).strip());
            if (step.containsKey("uses")) out.add("uses " + step.get("uses"));
        }
        return out;
    }

    @Test
    void runsOnEveryPushToMain() throws IOException {
        Map<Object, Object> wf = workflow();
        // YAML 1.1 reads the key `on` as true.
        Map<Object, Object> on = map(wf.containsKey("on") ? wf.get("on") : wf.get(Boolean.TRUE));
        assertThat(list(map(on.get("push")).get("branches"))).containsExactly("main");
    }

    @Test
    void checksStrictlyBeforeBuildingAndUploadsTheSite() throws IOException {
        Map<Object, Object> build = map(map(workflow().get("jobs")).get("build"));
        List<String> steps = steps(build);
        int packaging = steps.indexOf("mvn -B -ntp package -Dmaven.test.skip=true");
        int check = steps.indexOf("./accord check --strict --base-url \"${{ steps.pages.outputs.base_url }}\"");
        int site = -1;
        int upload = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).equals("./accord build --strict --base-url \"${{ steps.pages.outputs.base_url }}\"")) site = i;
            if (steps.get(i).startsWith("uses actions/upload-pages-artifact@")) upload = i;
        }
        assertThat(packaging).as("README's build command packages Accord: %s", steps).isGreaterThanOrEqualTo(0);
        assertThat(check).as("check --strict after packaging: %s", steps).isGreaterThan(packaging);
        assertThat(site).as("the build after the check: %s", steps).isGreaterThan(check);
        assertThat(upload).as("site/ uploaded after the build: %s", steps).isGreaterThan(site);
        Map<Object, Object> uploadStep = map(list(build.get("steps")).get(upload));
        assertThat(map(uploadStep.get("with")).get("path")).isEqualTo("site");
    }

    @Test
    void deploysOnlyWhatTheBuildJobMade() throws IOException {
        Map<Object, Object> deploy = map(map(workflow().get("jobs")).get("deploy"));
        assertThat(deploy.get("needs")).isEqualTo("build");
        assertThat(steps(deploy)).singleElement().asString().startsWith("uses actions/deploy-pages@");
        assertThat(map(deploy.get("permissions"))).containsEntry("pages", "write").containsEntry("id-token", "write");
    }

    @Test
    void readmeGivesTheSameBuildCommandAsTheWorkflow() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("mvn -B -ntp package -Dmaven.test.skip=true && ./accord build")
                .contains(".github/workflows/publish.yml");
    }

    /**
     * The check and the build the workflow runs pass on this portal as it is, with the address GitHub Pages gives (the
     * workflow's check once refused site.yml's placeholder address, so no push could publish).
     */
    @Test
    void theWorkflowsCheckAndBuildPassOnThisPortal(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        List<String> steps = steps(map(map(workflow().get("jobs")).get("build")));
        List<String> ran = new ArrayList<>();
        for (String step : steps) {
            if (!step.startsWith("./accord ")) continue;
            ran.add(step.split(" ")[1]);
            List<String> args = new ArrayList<>(List.of(step.substring("./accord ".length())
                    .replace("\"${{ steps.pages.outputs.base_url }}\"", "https://example.github.io/portal").split(" ")));
            if (args.get(0).equals("build")) args.addAll(List.of("--output", temp.resolve("site").toString()));
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), args.toArray(String[]::new));
            assertThat(code).as(step + "\n" + err).isZero();
            assertThat(err.toString()).as(step).isEmpty();
        }
        assertThat(ran).containsExactly("check", "build");
    }
}
