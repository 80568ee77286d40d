package accord.model;

import accord.content.RecordId;
import accord.problem.Problems;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.schema.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds reference cycles in every field that refers into its own collection ({@code parent: ref(events)},
 * {@code implements: list(ref(plans))}): a record that is its own parent, or A → B → A. Fields that associate
 * rather than rank are left out, since their references may go both ways: {@code ref(*)} fields and the
 * fields of the {@code topics} and {@code disambiguation} roles (two topics may each be tagged with the other). Each record in a cycle gets an error at the
 * reference that continues it, naming the whole cycle from that record:
 * {@code parent: cycle topics/ping → topics/pong → topics/ping}.
 *
 * <p>The work is linear in the references: strongly connected components are found without recursion
 * (Tarjan's algorithm with an explicit stack), so a chain of 100,000 records cannot overflow the stack;
 * a cycle is spelled out per record with a walk inside its component only for small components, and a
 * long cycle is shortened in the message. Because a build with a cycle fails, nothing that walks such a
 * chain after the model is built (a trail of parents, a superseded-by chain) ever meets one.
 */
final class RefCycles {
    /** Components up to this size name each record's own shortest cycle; larger ones share one cycle. */
    private static final int PER_RECORD_LIMIT = 200;
    /** Steps of a cycle spelled out in a message before it is shortened. */
    private static final int SHOWN_STEPS = 8;

    private RefCycles() {
    }

    /** An edge of the graph: from a record, through the reference at {@code ref}, to its target. */
    private record Edge(RecordId to, FieldValue.RefValue ref, String path) {
    }

    /** Reports every cycle among {@code records} (the published ones, references already checked). */
    static void report(Collection<Record> records, Problems problems) {
        // One graph per collection and field, since a cycle through two fields (parent, then implements) is no loop.
        Map<String, Map<RecordId, List<Edge>>> graphs = new TreeMap<>();
        Set<RecordId> known = new HashSet<>();
        for (Record r : records) known.add(r.id());
        for (Record r : records) {
            String collection = r.id().collection();
            r.fields().forEach((name, value) -> {
                Field field = r.collection().fields().get(name);
                if (field == null || !intoOwn(field.type(), collection) || field.hasRole(Role.TOPICS)
                        || field.hasRole(Role.DISAMBIGUATION)) return;
                List<Edge> edges = graphs.computeIfAbsent(collection + "\u0000" + name, k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.id(), k -> new ArrayList<>());
                if (value instanceof FieldValue.RefValue ref) {
                    if (known.contains(ref.target())) edges.add(new Edge(ref.target(), ref, name));
                } else if (value instanceof FieldValue.ListValue list) {
                    for (int i = 0; i < list.items().size(); i++) {
                        if (list.items().get(i) instanceof FieldValue.RefValue ref && known.contains(ref.target())) {
                            edges.add(new Edge(ref.target(), ref, name + "[" + list.writtenIndex(i) + "]"));
                        }
                    }
                }
            });
        }
        for (Map<RecordId, List<Edge>> graph : graphs.values()) {
            for (List<RecordId> component : components(graph)) reportComponent(graph, component, problems);
        }
    }

    /** Whether a field of this type refers into {@code collection} itself. */
    private static boolean intoOwn(FieldType type, String collection) {
        if (type instanceof FieldType.ListType l) type = l.element();
        return type instanceof FieldType.RefType r && !r.anyCollection() && r.collection().equals(collection);
    }

    private static void reportComponent(Map<RecordId, List<Edge>> graph, List<RecordId> component, Problems problems) {
        Set<RecordId> members = new HashSet<>(component);
        if (component.size() == 1) {
            RecordId only = component.get(0);
            for (Edge e : graph.getOrDefault(only, List.of())) {
                if (e.to().equals(only)) {
                    problems.error(e.ref().position(), e.path() + ": cycle " + only + " → " + only
                            + " (a record cannot refer to itself here; remove the reference)");
                    return;
                }
            }
            return; // a record alone, not on a cycle
        }
        if (component.size() <= PER_RECORD_LIMIT) {
            for (RecordId start : component) reportCycle(shortestCycle(graph, members, start), problems, component.size());
            return;
        }
        List<Edge> shared = shortestCycle(graph, members, component.get(0));
        for (int i = 0; i < shared.size(); i++) {
            List<Edge> rotated = new ArrayList<>(shared.subList(i, shared.size()));
            rotated.addAll(shared.subList(0, i));
            reportCycle(rotated, problems, component.size());
        }
        Set<RecordId> onShared = new HashSet<>();
        for (Edge e : shared) onShared.add(e.to());
        for (RecordId id : component) {
            if (onShared.contains(id)) continue;
            Edge next = graph.get(id).stream().filter(e -> members.contains(e.to())).findFirst().orElseThrow();
            problems.error(next.ref().position(), next.path() + ": part of a reference cycle of " + component.size()
                    + " records through " + shared.get(0).to() + " (break the cycle: remove one of the references)");
        }
    }

    /** The edges of the shortest cycle from {@code start} back to it, staying inside the component. */
    private static List<Edge> shortestCycle(Map<RecordId, List<Edge>> graph, Set<RecordId> members, RecordId start) {
        Map<RecordId, Edge> via = new HashMap<>();
        Map<RecordId, RecordId> from = new HashMap<>();
        ArrayDeque<RecordId> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            RecordId at = queue.poll();
            for (Edge e : graph.getOrDefault(at, List.of())) {
                if (!members.contains(e.to()) || via.containsKey(e.to())) continue;
                via.put(e.to(), e);
                from.put(e.to(), at);
                if (e.to().equals(start)) {
                    ArrayDeque<Edge> path = new ArrayDeque<>();
                    RecordId step = start;
                    do {
                        path.push(via.get(step));
                        step = from.get(step);
                    } while (!step.equals(start));
                    return List.copyOf(path);
                }
                queue.add(e.to());
            }
        }
        throw new IllegalStateException("no cycle through " + start + " in its own component");
    }

    /** One error at the first reference of {@code cycle}, naming the cycle from the record that holds it. */
    private static void reportCycle(List<Edge> cycle, Problems problems, int componentSize) {
        Edge first = cycle.get(0);
        RecordId start = cycle.get(cycle.size() - 1).to();
        StringBuilder sb = new StringBuilder(first.path()).append(": cycle ").append(start);
        for (int i = 0; i < cycle.size(); i++) {
            if (i == SHOWN_STEPS - 1 && cycle.size() > SHOWN_STEPS) {
                sb.append(" → … (").append(cycle.size() - SHOWN_STEPS).append(" more)");
                i = cycle.size() - 1;
            }
            sb.append(" → ").append(cycle.get(i).to());
        }
        sb.append(componentSize > cycle.size()
                ? " (one of the cycles among " + componentSize + " records; break each: remove one of the references)"
                : " (break the cycle: remove one of the references)");
        problems.error(first.ref().position(), sb.toString());
    }

    /**
     * The strongly connected components with more than one record, or with one record that refers to
     * itself, each listed in graph order. Tarjan's algorithm, with an explicit stack instead of recursion.
     */
    private static List<List<RecordId>> components(Map<RecordId, List<Edge>> graph) {
        Map<RecordId, Integer> index = new HashMap<>();
        Map<RecordId, Integer> low = new HashMap<>();
        Set<RecordId> onStack = new HashSet<>();
        ArrayDeque<RecordId> stack = new ArrayDeque<>();
        List<List<RecordId>> found = new ArrayList<>();
        int counter = 0;
        for (RecordId root : graph.keySet()) {
            if (index.containsKey(root)) continue;
            // Each frame: a record and how many of its edges have been followed.
            ArrayDeque<Object[]> frames = new ArrayDeque<>();
            frames.push(new Object[] {root, 0});
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            while (!frames.isEmpty()) {
                Object[] frame = frames.peek();
                RecordId v = (RecordId) frame[0];
                List<Edge> edges = graph.getOrDefault(v, List.of());
                int next = (Integer) frame[1];
                if (next < edges.size()) {
                    frame[1] = next + 1;
                    RecordId w = edges.get(next).to();
                    if (!index.containsKey(w)) {
                        index.put(w, counter);
                        low.put(w, counter++);
                        stack.push(w);
                        onStack.add(w);
                        frames.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    RecordId parent = (RecordId) frames.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<RecordId> component = new ArrayList<>();
                    RecordId w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    boolean selfLoop = component.size() == 1 && edges.stream().anyMatch(e -> e.to().equals(v));
                    if (component.size() > 1 || selfLoop) {
                        component.sort(null);
                        found.add(component);
                    }
                }
            }
        }
        return found;
    }
}
