package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that cannot be loaded is one problem at its line and column, in plain words, whichever way it is used:
 * a collection's own template (which stopped the build with FreeMarker's "error loading the template on an earlier
 * attempt" and no place), a template of the theme overridden in templates/, an include that names nothing, and a
 * template included with a syntax error; and again on the next update of a live session.
 */
class TemplateSyntaxBuildTest {
    @TempDir
    Path root;

    /** The collection's own template, with a tag not closed on line 3: sessions have three records using it. */
    private static final String SESSIONS_TAG_NOT_CLOSED = """
            -- templates/sessions.ftlh --
            <#import "layout.ftlh" as layout>
            <@layout.shell>
            <p><#if record.title??<span class="meta">${record.title}</span></#if></p>
            </@layout.shell>
            """;

    private static List<String> errors(BuildResult result) {
        return TestPortal.problems(result).stream().filter(p -> p.contains(": error: ")).toList();
    }

    @Test
    void aCollectionTemplateWithASyntaxErrorIsOneErrorAtItsLine() {
        TestPortal.write(root, TestPortal.PORTAL + SESSIONS_TAG_NOT_CLOSED);
        BuildResult result = TestPortal.build(root);
        assertThat(errors(result)).containsExactly("templates/sessions.ftlh:3:29: error: template syntax: unexpected 'class':"
                + " the FreeMarker tag before it is not closed (end the tag with '>')");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void anOverriddenThemeTemplateWithASyntaxErrorIsOneErrorAtItsLine() throws IOException {
        TestPortal.write(root, TestPortal.PORTAL);
        String layout = Files.readString(Path.of("templates/layout.ftlh"), StandardCharsets.UTF_8);
        String[] lines = layout.split("\n", -1);
        lines[2] = "<#list 1..2 as n>" + lines[2]; // opened, never closed, in the layout every page imports
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/layout.ftlh"), String.join("\n", lines), StandardCharsets.UTF_8);
        List<String> errors = errors(TestPortal.build(root));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).matches("templates/layout\\.ftlh:\\d+:\\d+: error: template syntax: "
                + "the template ends with <#list> still open \\(close it with </#list>\\)");
    }

    @Test
    void anIncludeOfAMissingTemplateAndOfOneWithASyntaxErrorAreErrorsAtTheirLines() {
        TestPortal.write(root, TestPortal.PORTAL + """
                -- templates/topics.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <#include "parts/nothing.ftlh">
                </@layout.shell>
                -- templates/speakers.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <#include "parts/bad.ftlh">
                </@layout.shell>
                -- templates/parts/bad.ftlh --
                <p>
                <#iff record.title??>x</#if>
                """);
        assertThat(errors(TestPortal.build(root))).containsExactly(
                "templates/parts/bad.ftlh:2:2: error: template syntax: no directive <#iff> (correct its name:"
                        + " FreeMarker has #if, #list, #assign, #include, #import, #macro and others)",
                "templates/topics.ftlh:3:1: error: template error while rendering content/topics/climate-finance.md:"
                        + " cannot include 'parts/nothing.ftlh': no such template inside templates/ or the theme"
                        + " (include a file from templates/, by a path inside it)");
    }

    /** serve: the first save printed FreeMarker's parser dump, every later one "on an earlier attempt". */
    @Test
    void aLiveSessionReportsTheSyntaxErrorAtEveryUpdate() throws IOException {
        TestPortal.write(root, TestPortal.PORTAL);
        try (BuildSession session = TestPortal.builtSession(root, root.resolve("site"))) {
            String expected = "templates/sessions.ftlh:3:29: error: template syntax: unexpected 'class':"
                    + " the FreeMarker tag before it is not closed (end the tag with '>')";
            TestPortal.write(root, SESSIONS_TAG_NOT_CLOSED);
            BuildResult first = session.update(List.of("templates/sessions.ftlh"), accord.output.SiteWriter.stage(root.resolve("site"))).result();
            assertThat(errors(first)).containsExactly(expected);
            BuildResult second = session.update(List.of("templates/sessions.ftlh"), accord.output.SiteWriter.stage(root.resolve("site"))).result();
            assertThat(errors(second)).containsExactly(expected);
        }
    }
}
