package accord.schema;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A record's (or an object value's) fields, in the order they were given, in two arrays: an unmodifiable map that
 * takes a fifth of the memory of the linked hash map it replaces (at 100,000 records the records' field maps were
 * the largest part of the model, a few maps of a few fields each per record). Lookups scan the keys, which is as
 * fast as hashing for the few fields a record has. Equal to any map with the same entries, as a map must be.
 */
public final class FieldMap extends AbstractMap<String, FieldValue> {
    private static final FieldMap EMPTY = new FieldMap(new String[0], new FieldValue[0]);

    private final String[] keys;
    private final FieldValue[] values;

    private FieldMap(String[] keys, FieldValue[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** {@code fields} in their iteration order; the same map when it is a FieldMap already (it cannot change). */
    public static FieldMap of(Map<String, FieldValue> fields) {
        if (fields instanceof FieldMap same) return same;
        if (fields.isEmpty()) return EMPTY;
        String[] keys = new String[fields.size()];
        FieldValue[] values = new FieldValue[keys.length];
        int i = 0;
        for (Map.Entry<String, FieldValue> e : fields.entrySet()) {
            keys[i] = java.util.Objects.requireNonNull(e.getKey(), "field name");
            values[i] = e.getValue();
            i++;
        }
        return new FieldMap(keys, values);
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) return i;
        }
        if (key == null) return -1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) return i;
        }
        return -1;
    }

    @Override
    public FieldValue get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Map.Entry<String, FieldValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, FieldValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, FieldValue> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super String, ? super FieldValue> action) {
        for (int i = 0; i < keys.length; i++) action.accept(keys[i], values[i]);
    }
}
