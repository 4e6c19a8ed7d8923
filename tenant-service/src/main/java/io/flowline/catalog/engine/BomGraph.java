package io.flowline.catalog.engine;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bill-of-materials lines as a directed graph (parent to component) with the three questions asked
 * of it: is there a cycle, what does a quantity of an item explode into, and where is an item used.
 *
 * <p>The graph need not hold every line of a company, only the part the question reaches: the
 * descendants of the root for a cycle check or an explosion, the ancestors for where-used.
 * Lines keep the order they were given in, and so do the answers.
 */
public final class BomGraph {
    /** Above this many rows an explosion or where-used answer is refused rather than built. */
    public static final int DEFAULT_MAX_LINES = 10_000;

    private final Map<String, List<BomLine>> componentsByParent = new HashMap<>();
    private final Map<String, List<BomLine>> usesByComponent = new HashMap<>();

    public BomGraph(Collection<BomLine> lines) {
        for (BomLine line : lines) {
            componentsByParent.computeIfAbsent(line.parent(), k -> new ArrayList<>()).add(line);
            usesByComponent.computeIfAbsent(line.component(), k -> new ArrayList<>()).add(line);
        }
    }

    /** The lines of one parent, in order. */
    public List<BomLine> componentsOf(String parent) {
        return componentsByParent.getOrDefault(parent, List.of());
    }

    /** The lines that use one component, in order. */
    public List<BomLine> usesOf(String component) {
        return usesByComponent.getOrDefault(component, List.of());
    }

    /**
     * A cycle reachable from {@code root}, as the items along it with the first repeated at the end
     * ({@code [A, B, C, A]}), found by depth-first search with the nodes on the current path marked
     * (Tarjan 1972); empty when the structure below the root is a tree or a DAG.
     */
    public Optional<List<String>> findCycle(String root) {
        return findCycle(root, new HashSet<>());
    }

    /**
     * {@link #findCycle(String)} for searches from several roots: {@code acyclic} holds the items known to reach no cycle,
     * is read and filled, and can be passed to the next search. An item the search finished without meeting its own path
     * reaches no cycle, whatever else the search later finds.
     */
    public Optional<List<String>> findCycle(String root, Set<String> acyclic) {
        Set<String> finished = acyclic;
        if (finished.contains(root)) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        Map<String, Integer> onPath = new HashMap<>();
        Deque<Integer> nextChild = new ArrayDeque<>();
        path.add(root);
        onPath.put(root, 0);
        nextChild.push(0);
        while (!path.isEmpty()) {
            String node = path.get(path.size() - 1);
            int index = nextChild.pop();
            List<BomLine> children = componentsOf(node);
            if (index == children.size()) {
                finished.add(node);
                onPath.remove(node);
                path.remove(path.size() - 1);
                continue;
            }
            nextChild.push(index + 1);
            String child = children.get(index).component();
            Integer start = onPath.get(child);
            if (start != null) {
                List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
                cycle.add(child);
                return Optional.of(cycle);
            }
            if (!finished.contains(child)) {
                onPath.put(child, path.size());
                path.add(child);
                nextChild.push(0);
            }
        }
        return Optional.empty();
    }

    /** {@link #explode(String, BigDecimal, int)} with the default size limit. */
    public List<ExplosionLine> explode(String root, BigDecimal quantity) {
        return explode(root, quantity, DEFAULT_MAX_LINES);
    }

    /**
     * The multi-level indented explosion of {@code quantity} of {@code root}, depth first: every line
     * is followed by the explosion of its component. A component used in several places appears in
     * each of them.
     *
     * @throws BomCycleException        when the structure contains a cycle
     * @throws IllegalArgumentException when the explosion would exceed {@code maxLines} rows
     */
    public List<ExplosionLine> explode(String root, BigDecimal quantity, int maxLines) {
        List<ExplosionLine> out = new ArrayList<>();
        List<String> path = new ArrayList<>(List.of(root));
        explode(root, quantity, 1, path, out, maxLines);
        return out;
    }

    private void explode(String parent, BigDecimal parentQuantity, int level, List<String> path, List<ExplosionLine> out, int maxLines) {
        for (BomLine line : componentsOf(parent)) {
            if (path.contains(line.component())) {
                throw new BomCycleException(cycleFrom(path, line.component()));
            }
            if (out.size() == maxLines) {
                throw new IllegalArgumentException("the explosion has more than " + maxLines + " lines");
            }
            BigDecimal extended = parentQuantity.multiply(line.requirementPerParentUnit());
            out.add(new ExplosionLine(level, line, extended));
            path.add(line.component());
            explode(line.component(), extended, level + 1, path, out, maxLines);
            path.remove(path.size() - 1);
        }
    }

    /**
     * The total extended quantity per item over an explosion (a summarized explosion), in order of
     * first appearance. Intermediate items are included: they are made, and their components too.
     */
    public static Map<String, BigDecimal> totals(List<ExplosionLine> explosion) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (ExplosionLine line : explosion) {
            totals.merge(line.line().component(), line.extendedQuantity(), BigDecimal::add);
        }
        return totals;
    }

    /** {@link #whereUsed(String, boolean, int)} with the default size limit. */
    public List<WhereUsedLine> whereUsed(String item, boolean allLevels) {
        return whereUsed(item, allLevels, DEFAULT_MAX_LINES);
    }

    /**
     * Where {@code item} is used: its direct parents (level 1) and, with {@code allLevels}, their
     * parents in turn up to items used nowhere (an indented implosion, depth first).
     *
     * @throws BomCycleException        when the structure above the item contains a cycle
     * @throws IllegalArgumentException when the answer would exceed {@code maxLines} rows
     */
    public List<WhereUsedLine> whereUsed(String item, boolean allLevels, int maxLines) {
        List<WhereUsedLine> out = new ArrayList<>();
        List<String> path = new ArrayList<>(List.of(item));
        implode(item, 1, allLevels, path, out, maxLines);
        return out;
    }

    private void implode(String component, int level, boolean allLevels, List<String> path, List<WhereUsedLine> out, int maxLines) {
        for (BomLine line : usesOf(component)) {
            if (path.contains(line.parent())) {
                List<String> upward = cycleFrom(path, line.parent());
                java.util.Collections.reverse(upward); // the path climbed from component to parent; a cycle reads parent to component
                throw new BomCycleException(upward);
            }
            if (out.size() == maxLines) {
                throw new IllegalArgumentException("the where-used answer has more than " + maxLines + " lines");
            }
            out.add(new WhereUsedLine(level, line, usesOf(line.parent()).isEmpty()));
            if (allLevels) {
                path.add(line.parent());
                implode(line.parent(), level + 1, true, path, out, maxLines);
                path.remove(path.size() - 1);
            }
        }
    }

    private static List<String> cycleFrom(List<String> path, String repeated) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(repeated), path.size()));
        cycle.add(repeated);
        return cycle;
    }
}
