package accord.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a translation's file is named: {@code content/<collection>/<slug>.<lang>.md} is the record
 * {@code <collection>/<slug>} in the language {@code <lang>} (two or three lower-case letters). Whether the
 * portal has that language is the model's business.
 */
public final class TranslationFiles {
    private static final Pattern NAME = Pattern.compile("(.+)\\.([a-z]{2,3})\\.md");

    private TranslationFiles() {
    }

    /** The language of a file name or path such as {@code content/sessions/x.ru.md}, or empty for a record's own file. */
    public static Optional<String> language(String path) {
        Matcher m = NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** A file of a record: its own ({@code language} empty) or its translation into {@code language}. */
    public record RecordFile(RecordId id, String language) {
    }

    /**
     * The record file a path names, as git's history gives paths: {@code content/<collection>/<slug>.md} is the record's
     * own, {@code content/<collection>/<slug>.<lang>.md} its translation; anything else is neither.
     */
    public static Optional<RecordFile> recordFile(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length != 3 || !parts[0].equals("content") || !parts[2].endsWith(".md")) return Optional.empty();
        String name = parts[2];
        if (name.indexOf('.') == name.length() - 3) {
            return Optional.of(new RecordFile(new RecordId(parts[1], name.substring(0, name.length() - 3)), ""));
        }
        Matcher m = NAME.matcher(name);
        return m.matches() ? Optional.of(new RecordFile(new RecordId(parts[1], m.group(1)), m.group(2))) : Optional.empty();
    }

    /**
     * The file of record {@code id} in {@code language} ("" for its own): {@code content/<collection>/<slug>.md}, or
     * {@code content/<collection>/<slug>.<lang>.md}; the reverse of {@link #recordFile}.
     */
    public static String path(RecordId id, String language) {
        return "content/" + id.collection() + "/" + id.slug() + (language.isEmpty() ? "" : "." + language) + ".md";
    }

    /** The slug a file name stands for: {@code x} for {@code x.md} and for {@code x.ru.md}. */
    public static String slug(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (m.matches()) return m.group(1);
        return fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }
}
