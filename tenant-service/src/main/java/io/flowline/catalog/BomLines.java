package io.flowline.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.flowline.catalog.engine.BomLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reads bill-of-materials lines for the graph questions: only the part of the company's structure a
 * question reaches, one query per level with the ids of that level (in chunks), never the whole table.
 */
@ApplicationScoped
public class BomLines {
    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    public List<BillOfMaterialsLine> baseLines(String parentId) {
        return baseLines(em, List.of(parentId));
    }

    /**
     * The base lines of these items, by parent and line number. The methods that take an entity manager serve work
     * without a request, such as an import, that opened one for its tenant.
     */
    public List<BillOfMaterialsLine> baseLines(EntityManager em, Collection<String> parentIds) {
        return BillOfMaterialsRepository.in(em).baseLinesOf(parentIds);
    }

    public List<BillOfMaterialsLine> optionLines(String parentId) {
        return BillOfMaterialsRepository.in(em).optionLines(parentId);
    }

    /**
     * Every line below {@code roots}: their lines, their components' lines, and so on.
     *
     * @param withOptions also the lines of product options (a cycle check needs them; an explosion does not)
     */
    public List<BillOfMaterialsLine> below(Collection<String> roots, boolean withOptions) {
        return below(em, roots, withOptions);
    }

    public List<BillOfMaterialsLine> below(EntityManager em, Collection<String> roots, boolean withOptions) {
        BillOfMaterialsRepository bills = BillOfMaterialsRepository.in(em);
        return walk(roots, withOptions ? bills::linesOf : bills::baseLinesOf, true);
    }

    /** Every line above {@code item}: the lines using it, the lines using their parents, and so on (options included). */
    public List<BillOfMaterialsLine> above(String item) {
        return walk(List.of(item), BillOfMaterialsRepository.in(em)::linesUsing, false);
    }

    /** Walks level by level: {@code level} reads the lines of one level's items (chunking them itself), in parent and line order. */
    private static List<BillOfMaterialsLine> walk(Collection<String> roots, Function<List<String>, List<BillOfMaterialsLine>> level,
                                                  boolean down) {
        List<BillOfMaterialsLine> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(roots);
        List<String> frontier = new ArrayList<>(seen);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (BillOfMaterialsLine line : level.apply(frontier)) {
                found.add(line);
                String neighbour = down ? line.componentId() : line.parentId();
                if (seen.add(neighbour)) {
                    next.add(neighbour);
                }
            }
            frontier = next;
        }
        return found;
    }

    public static List<BomLine> toEngine(List<BillOfMaterialsLine> lines) {
        return lines.stream().map(BillOfMaterialsLine::toEngine).toList();
    }

    /** Runs an IN query once per chunk of the distinct keys and joins the answers. */
    static <T> List<T> chunked(Collection<String> keys, Function<List<String>, List<T>> query) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(keys));
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return found;
    }
}
