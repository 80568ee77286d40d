package accord.schema;

import accord.problem.Problems;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the field that plays a role, and gives each field its role when the schema is read. */
public final class Roles {
    private Roles() {
    }

    /** The field among {@code fields} that plays {@code role}. */
    public static Optional<Field> find(Map<String, Field> fields, Role role) {
        for (Field f : fields.values()) {
            if (f.hasRole(role)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The fields of the objects a field holds (directly or in a list), if it holds objects. */
    public static Optional<Map<String, Field>> objectFields(FieldType type) {
        FieldType t = type;
        while (t instanceof FieldType.ListType l) t = l.element();
        return t instanceof FieldType.ObjectType o ? Optional.of(o.fields()) : Optional.empty();
    }

    /**
     * Checks the roles declared among {@code fields} (each at most once, at the right level), gives
     * each role no field declares to the field of its default name when that field's type fits, and
     * does the same inside object fields. {@code context} is the role of the field holding these
     * fields: empty for a record's own fields.
     */
    static Map<String, Field> assign(Map<String, Field> fields, Optional<Role> context, Problems problems) {
        Map<String, Field> result = new LinkedHashMap<>(fields);
        Map<Role, String> taken = new EnumMap<>(Role.class);
        for (Field f : fields.values()) {
            if (f.role().isEmpty() || f.role().get() == Role.NONE) continue;
            Role r = f.role().get();
            if (!r.parent().equals(context)) {
                String where = r.parent().map(p -> "inside the objects of a '" + p.spelling() + "' field")
                        .orElse("to a record's own fields");
                problems.error(f.position(), f.name() + ": role '" + r.spelling() + "' belongs " + where
                        + " (move the field there, or remove the role)");
                result.put(f.name(), f.withRole(Optional.empty()));
            } else if (taken.containsKey(r)) {
                problems.error(f.position(), f.name() + ": role '" + r.spelling() + "' is already given to field '"
                        + taken.get(r) + "' (a role belongs to one field; remove one of them)");
                result.put(f.name(), f.withRole(Optional.empty()));
            } else {
                taken.put(r, f.name());
            }
        }
        for (Role r : Role.under(context)) {
            if (taken.containsKey(r)) continue;
            String name = r.defaultName();
            Field f = result.get(name);
            if (f != null && f.role().isEmpty() && r.fits(f.type())) {
                result.put(name, f.withRole(Optional.of(r)));
                taken.put(r, name);
            }
        }
        for (Field f : java.util.List.copyOf(result.values())) {
            Optional<Map<String, Field>> inner = objectFields(f.type());
            if (inner.isEmpty()) continue;
            Optional<Role> innerContext = Optional.of(f.role().orElse(Role.NONE));
            Map<String, Field> assigned = assign(inner.get(), innerContext, problems);
            Optional<Role> essential = f.role().flatMap(Role::essentialChild);
            if (essential.isPresent() && find(assigned, essential.get()).isEmpty()) {
                Role need = essential.get();
                problems.error(f.position(), f.name() + ": the objects of role '" + f.role().get().spelling()
                        + "' need a field with role '" + need.spelling() + "' (add a field '" + need.defaultName()
                        + "', or give one of its fields role: " + need.spelling() + ")");
            }
            result.put(f.name(), result.get(f.name()).withType(replaceObject(f.type(), assigned)));
        }
        return result;
    }

    private static FieldType replaceObject(FieldType type, Map<String, Field> fields) {
        if (type instanceof FieldType.ListType l) return new FieldType.ListType(replaceObject(l.element(), fields));
        return new FieldType.ObjectType(fields);
    }
}
