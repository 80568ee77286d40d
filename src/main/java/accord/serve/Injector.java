package accord.serve;

import accord.problem.Problem;
import accord.problem.Severity;
import java.util.List;

/**
 * What the preview adds to each HTML page as it is served, before {@code </body>}: the script that reloads the page
 * when a newer build is on disk, and, while the portal has errors, an overlay listing them (with warnings alone, a
 * closed disclosure that lists them). The files on disk never
 * hold either, so {@code serve}'s output is {@code build}'s.
 */
final class Injector {
    /** The id of the overlay element, for tests and for its close button. */
    static final String OVERLAY_ID = "accord-problems";

    private Injector() {
    }

    /**
     * {@code built}: whether a build has written pages yet. Before one has, a preview started on a portal with errors
     * serves a bare placeholder, and the overlay must not speak of a last good build there is none of.
     */
    static String inject(String html, long generation, List<Problem> problems, boolean built) {
        StringBuilder add = new StringBuilder();
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        if (errors > 0) add.append(overlay(problems, errors, built));
        else if (!problems.isEmpty()) add.append(warnings(problems));
        add.append("<script>/* added by accord serve */(() => {\n")
                .append("  let generation = \"").append(generation).append("\";\n")
                .append("  const events = new EventSource(\"").append(PreviewServer.EVENTS).append("\");\n")
                .append("  window.accordPreview = { generation, events };\n")
                // "12": every page reloads for build 12; "12 [\"/a/\"]": only the pages listed changed.
                .append("  const here = decodeURIComponent(location.pathname).replace(/(^|\\/)index\\.html$/, \"$1\");\n")
                .append("  events.addEventListener(\"reload\", e => {\n")
                .append("    const space = e.data.indexOf(\" \");\n")
                .append("    const g = space < 0 ? e.data : e.data.slice(0, space);\n")
                .append("    if (g === generation) return;\n")
                .append("    if (space < 0 || JSON.parse(e.data.slice(space + 1)).includes(here)) { events.close(); location.reload(); }\n")
                .append("    else { generation = g; window.accordPreview.generation = g; }\n")
                .append("  });\n")
                .append("  const hide = document.getElementById(\"").append(OVERLAY_ID).append("-hide\");\n")
                .append("  if (hide) hide.addEventListener(\"click\", () => hide.parentElement.remove());\n")
                .append("})();</script>\n");
        int at = lastBodyEnd(html);
        if (at < 0) return html + add;
        return html.substring(0, at) + add + html.substring(at);
    }

    /**
     * Where the last {@code </body>} starts, in any case, as an index of {@code html} itself. (Lower-casing the page
     * first moved it: "İ" lower-cases to two characters, so an Azerbaijani page got the script inside its closing tag,
     * or past the end of the page, and its connection dropped.)
     */
    static int lastBodyEnd(String html) {
        for (int i = html.length() - BODY_END.length(); i >= 0; i--) {
            if (html.regionMatches(true, i, BODY_END, 0, BODY_END.length())) return i;
        }
        return -1;
    }

    private static final String BODY_END = "</body>";

    /**
     * A build with warnings alone: the page is built, so nothing covers it; a closed disclosure at the bottom says how
     * many warnings there are, and opens to list them, since each may say that something is missing from a page.
     */
    private static String warnings(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append("<details id=\"").append(OVERLAY_ID).append("\" style=\"position:fixed;left:0;right:0;bottom:0;")
                .append("z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:.5rem 1.25rem;")
                .append("background:#fffbea;color:#1a1a1a;border-top:4px solid #8a5a00;box-shadow:0 -4px 16px rgba(0,0,0,.2);")
                .append("font:15px/1.45 system-ui,sans-serif\">")
                .append("<summary style=\"cursor:pointer;font-weight:bold;color:#6b4500\">").append(problems.size())
                .append(problems.size() == 1 ? " warning" : " warnings")
                .append(": the page is built; publishing with --strict refuses ").append(problems.size() == 1 ? "it" : "them")
                .append("</summary>")
                .append("<ul style=\"margin:.5rem 0 0;padding-left:1.25rem;font-family:ui-monospace,monospace;font-size:14px\">");
        for (Problem p : problems) {
            sb.append("<li>").append(escape(p.format())).append("</li>");
        }
        return sb.append("</ul></details>\n").toString();
    }

    private static String overlay(List<Problem> problems, long errors, boolean built) {
        StringBuilder sb = new StringBuilder();
        sb.append("<aside id=\"").append(OVERLAY_ID).append("\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;")
                .append("z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;")
                .append("background:#fff8f6;color:#1a1a1a;border-top:4px solid #b3261e;box-shadow:0 -4px 16px rgba(0,0,0,.25);")
                .append("font:15px/1.45 system-ui,sans-serif\">")
                .append("<button type=\"button\" id=\"").append(OVERLAY_ID).append("-hide\" style=\"float:right;font:inherit\">Hide</button>")
                .append("<h2 style=\"margin:0 0 .5rem;font-size:1.1rem;color:#b3261e\">")
                .append(errors).append(errors == 1 ? " error" : " errors")
                .append(built ? ": the page shows the last good build" : ": nothing is built yet").append("</h2>")
                .append("<p style=\"margin:0 0 .5rem\">Fix the files below and save; the page reloads and this goes away"
                        + " when the portal builds cleanly.</p>")
                .append("<ul style=\"margin:0;padding-left:1.25rem;font-family:ui-monospace,monospace;font-size:14px\">");
        for (Problem p : problems) {
            sb.append("<li>").append(escape(p.format())).append("</li>");
        }
        return sb.append("</ul></aside>\n").toString();
    }

    static String escape(String s) {
        return accord.text.Html.escape(s);
    }
}
