package accord.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads data files back the strict way, for tests: CSV by RFC 4180 (CRLF rows, quoted cells with
 * doubled quotes, strict UTF-8 without a BOM), and a Frictionless tabular data package checked
 * against its files: each resource's columns are the header in order, every cell fits its
 * field's type and constraints, the primary key is unique, and every foreign key finds its row.
 */
public final class DataCheck {
    private DataCheck() {
    }

    /** Strict UTF-8: malformed bytes are an error, not a replacement character. */
    public static String utf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
                throw new AssertionError(file + ": starts with a byte order mark");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + ": not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of an RFC 4180 CSV text whose every row ends in CRLF; any other shape fails. */
    public static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean atCellStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (atCellStart && c == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) throw new AssertionError("unclosed quote in row " + (rows.size() + 1));
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.append(q);
                    i++;
                }
                atCellStart = false;
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new AssertionError("text after a closing quote in row " + (rows.size() + 1));
                }
                continue;
            }
            if (c == '"') throw new AssertionError("a quote inside an unquoted cell in row " + (rows.size() + 1));
            if (c == '\n') throw new AssertionError("a bare LF in row " + (rows.size() + 1));
            if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') throw new AssertionError("a bare CR in row " + (rows.size() + 1));
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atCellStart = true;
                i += 2;
            } else {
                cell.append(c);
                atCellStart = false;
                i++;
            }
        }
        if (!row.isEmpty() || cell.length() > 0) throw new AssertionError("the last row does not end in CRLF");
        return rows;
    }

    /** A CSV file as maps from column name to cell, one per row after the header. */
    public static List<Map<String, String>> table(Path file) {
        List<List<String>> rows = csv(utf8(file));
        if (rows.isEmpty()) throw new AssertionError(file + ": no header row");
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() != header.size()) throw new AssertionError(file + ": a row of " + r.size() + " cells under " + header.size() + " columns");
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), r.get(i));
            out.add(m);
        }
        return out;
    }

    /**
     * Checks {@code root/datapackage.json} against its files; returns what was wrong, one line
     * each (empty when it validates), and how many foreign-key values were checked in {@code checked[0]}.
     */
    @SuppressWarnings("unchecked")
    public static List<String> validate(Path root, int[] checked) {
        List<String> errors = new ArrayList<>();
        Map<String, Object> pkg = (Map<String, Object>) JsonCheck.parse(utf8(root.resolve("datapackage.json")));
        if (!"tabular-data-package".equals(pkg.get("profile"))) errors.add("profile is not tabular-data-package");
        if (!(pkg.get("name") instanceof String n) || !n.matches("[a-z0-9._-]+")) errors.add("name: " + pkg.get("name"));
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();
        for (Object o : (List<Object>) pkg.get("resources")) {
            Map<String, Object> res = (Map<String, Object>) o;
            String name = (String) res.get("name");
            Path file = root.resolve((String) res.get("path"));
            if (!Files.exists(file)) {
                errors.add(name + ": no file " + res.get("path"));
                continue;
            }
            if (!"utf-8".equals(res.get("encoding")) || !"csv".equals(res.get("format"))) errors.add(name + ": encoding/format");
            List<List<String>> rows = csv(utf8(file));
            Map<String, Object> schema = (Map<String, Object>) res.get("schema");
            List<Map<String, Object>> fields = (List<Map<String, Object>>) (List<?>) schema.get("fields");
            List<String> names = fields.stream().map(f -> (String) f.get("name")).toList();
            if (!rows.get(0).equals(names)) errors.add(name + ": header " + rows.get(0) + " is not the schema's fields " + names);
            if (new HashSet<>(names).size() != names.size()) errors.add(name + ": repeated field names " + names);
            List<Map<String, String>> table = table(file);
            tables.put(name, table);
            schemas.put(name, schema);
            for (int r = 0; r < table.size(); r++) {
                for (Map<String, Object> f : fields) {
                    String v = table.get(r).get((String) f.get("name"));
                    String at = name + " row " + (r + 2) + " " + f.get("name") + " '" + v + "': ";
                    Map<String, Object> cons = (Map<String, Object>) f.getOrDefault("constraints", Map.of());
                    if (v.isEmpty()) {
                        if (Boolean.TRUE.equals(cons.get("required"))) errors.add(at + "required");
                        continue;
                    }
                    String type = (String) f.get("type");
                    if (type.equals("number") && !v.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) errors.add(at + "not a number");
                    if (!type.equals("number") && !type.equals("string")) errors.add(at + "unexpected type " + type);
                    if ("uri".equals(f.get("format")) && !v.matches("(https?|mailto):\\S+")) errors.add(at + "not a uri");
                    if (cons.get("pattern") instanceof String p && !Pattern.matches(p, v)) errors.add(at + "does not match " + p);
                    if (cons.get("enum") instanceof List<?> e && !e.contains(v)) errors.add(at + "not one of " + e);
                }
            }
            Object pk = schema.get("primaryKey");
            Set<String> seen = new HashSet<>();
            for (Map<String, String> row : table) {
                if (!seen.add(row.get((String) pk))) errors.add(name + ": primary key " + pk + " repeats '" + row.get(pk) + "'");
            }
        }
        for (Map.Entry<String, Map<String, Object>> e : schemas.entrySet()) {
            List<Object> fks = (List<Object>) e.getValue().getOrDefault("foreignKeys", List.of());
            for (Object o : fks) {
                Map<String, Object> fk = (Map<String, Object>) o;
                String field = (String) fk.get("fields");
                Map<String, Object> ref = (Map<String, Object>) fk.get("reference");
                List<Map<String, String>> target = tables.get((String) ref.get("resource"));
                if (target == null) {
                    errors.add(e.getKey() + ": foreign key to missing resource " + ref.get("resource"));
                    continue;
                }
                Set<String> keys = new HashSet<>();
                target.forEach(row -> keys.add(row.get((String) ref.get("fields"))));
                for (Map<String, String> row : tables.get(e.getKey())) {
                    String v = row.get(field);
                    if (v == null) {
                        errors.add(e.getKey() + ": foreign key on a missing column " + field);
                        break;
                    }
                    if (v.isEmpty()) continue;
                    checked[0]++;
                    if (!keys.contains(v)) errors.add(e.getKey() + "." + field + ": '" + v + "' is no " + ref.get("resource") + " row");
                }
            }
        }
        return errors;
    }
}
