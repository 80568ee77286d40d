package accord.render;

import accord.problem.SourcePosition;
import freemarker.core.ParseException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template that cannot be loaded, said in plain words at its place. FreeMarker remembers a template that failed to
 * load and, every later time it is asked for, throws an exception that only says so ("There was an error loading the
 * template on an earlier attempt") with the first failure as its cause; an include or import that fails wraps the
 * failure too. So the cause is looked for down the chain, and every page that uses the template reports the same
 * problem, once.
 */
final class TemplateErrors {
    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ONLY_CLOSE = Pattern.compile("only this can be closed: \"([^\"]*)\"");
    private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed (\"?)([^\".\\s]+)\\1");
    private static final Pattern UNKNOWN = Pattern.compile("^Unknown directive: (#[\\w.]+?)\\.?(?:\\s|$)");

    private TemplateErrors() {
    }

    /** The syntax error behind {@code e}, if it is one. */
    static Optional<ParseException> syntax(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ParseException p) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Whether {@code e} comes from a template that does not exist (or a name that cannot be one, such as ../x). */
    static boolean notFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemplateNotFoundException || t instanceof freemarker.template.MalformedTemplateNameException) return true;
        }
        return false;
    }

    /** The first failure behind {@code e} that is not FreeMarker's "on an earlier attempt" (a file it could not read). */
    static Throwable first(Throwable e) {
        Throwable found = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) found = t;
        }
        return found;
    }

    /** Where a syntax error is: the template's file in {@code templates/}, at its line and column. */
    static SourcePosition at(ParseException e, String fallbackName) {
        String name = e.getTemplateName() != null ? e.getTemplateName() : fallbackName;
        return new SourcePosition("templates/" + name, e.getLineNumber(), e.getLineNumber() == 0 ? 0 : e.getColumnNumber());
    }

    /** What a syntax error is and what to do, in one line. */
    static String explain(ParseException e) {
        String message = e.getEditorMessage() == null ? "" : e.getEditorMessage().strip();
        String first = firstLine(message);
        Matcher encountered = ENCOUNTERED.matcher(first);
        Matcher onlyClose = ONLY_CLOSE.matcher(message);
        if (encountered.find() && onlyClose.find()) {
            String open = onlyClose.group(1).replaceFirst("^#", "");
            return "template syntax: '" + encountered.group(1) + "' does not close the <#" + open + "> that is open here"
                    + " (end it with </#" + open + "> first, or correct the end tag)";
        }
        if (encountered.find(0)) {
            String token = encountered.group(1).replace("\\\"", "\"");
            if (message.contains("\n    \">\"\n") || message.endsWith("\n    \">\"")) {
                return "template syntax: unexpected '" + token + "': the FreeMarker tag before it is not closed"
                        + " (end the tag with '>')";
            }
            if (message.contains("<EOF>") && token.startsWith("</")) {
                return "template syntax: '" + token + "' closes a tag that is not open (delete it, or add its start tag)";
            }
            return "template syntax: unexpected '" + token + "' (complete or correct the expression or tag just before it)";
        }
        Matcher unclosed = UNCLOSED.matcher(first);
        if (first.startsWith("Unexpected end of file") && unclosed.find()) {
            String what = unclosed.group(2);
            if (what.equals("{")) {
                return "template syntax: the template ends inside a '${' with no '}' (close the expression with '}')";
            }
            String tag = what.startsWith("#") || what.startsWith("@") ? what : "#" + what;
            return "template syntax: the template ends with <" + tag + "> still open (close it with </" + tag + ">)";
        }
        Matcher unknown = UNKNOWN.matcher(first);
        if (unknown.find()) {
            return "template syntax: no directive <" + unknown.group(1) + "> (correct its name: FreeMarker has"
                    + " #if, #list, #assign, #include, #import, #macro and others)";
        }
        return "template syntax: " + first.replaceAll("\\s*Help \\(latest version\\).*$", "") + " (fix the template)";
    }

    /** Why a template that exists could not be read, and what to do. */
    static String unreadable(Throwable e) {
        Throwable cause = first(e);
        String why = cause instanceof java.io.FileNotFoundException || cause instanceof java.nio.file.AccessDeniedException
                ? "" : " (" + cause.getClass().getSimpleName() + ")";
        return "cannot read the template" + why + " (make the file readable)";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
