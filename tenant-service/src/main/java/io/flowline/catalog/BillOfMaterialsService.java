package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.flowline.catalog.engine.BomCycleException;
import io.flowline.catalog.engine.BomGraph;
import io.flowline.catalog.engine.BomLine;
import io.flowline.catalog.engine.ExplosionLine;
import io.flowline.catalog.engine.WhereUsedLine;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.TooLarge;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Bills of materials: read and replace as a whole, explode, and answer where an item is used. */
@ApplicationScoped
public class BillOfMaterialsService {
    public static final String LINE_PREFIX = "bml";
    private static final BigDecimal MAX_EXPLOSION_QUANTITY = new BigDecimal("1000000000000");

    @Inject
    EntityManager em;

    @Inject
    ItemService items;

    @Inject
    ItemStructures structures;

    @Inject
    BomLines bomLines;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext caller;

    /** A bill with the items its lines name, and its version (0 while there is none). */
    public record View(Item item, List<BillOfMaterialsLine> lines, Map<String, Item> components, long version, Instant updatedAt) {
    }

    /** An explosion with every item it names. */
    public record Explosion(Item item, BigDecimal quantity, List<ExplosionLine> lines, Map<String, BigDecimal> totals, Map<String, Item> items) {
    }

    /** A where-used answer with every item and option it names. */
    public record Uses(Item item, boolean allLevels, List<WhereUsedLine> lines, Map<String, Item> items,
                       Map<String, ProductOption> options, Map<String, OptionGroup> groups) {
    }

    public View get(String itemId) {
        Item item = items.get(itemId);
        List<BillOfMaterialsLine> lines = bomLines.baseLines(item.id());
        var structure = structures.find(item.id(), ItemStructure.Part.BOM);
        return new View(item, lines, items.byId(lines.stream().map(BillOfMaterialsLine::componentId).toList()),
                structure.map(ItemStructure::version).orElse(0L), structure.map(ItemStructure::updatedAt).orElse(null));
    }

    /**
     * New base bills checked as {@link #replace} checks one, nothing written: per parent the field errors (named
     * {@code lines[i].…}) and the lines as the engine sees them ({@code lines[i]}), and the cycles the bills would
     * close, among themselves or with the stored structure, each as the lines along it (stored lines named by their id).
     */
    public record Checked(Map<String, List<Violation>> errors, Map<String, List<BomLine>> lines, List<List<BomLine>> cycles) {
    }

    @Transactional
    public View replace(String itemId, String ifMatch, List<ComponentLine> lines) {
        Item item = items.get(itemId); // another tenant's item is a 404 before anything about the body is said
        structures.replacing(item.id(), ItemStructure.Part.BOM, ifMatch);
        Checked checked = check(em, Map.of(item.id(), lines));
        requireOk(em, checked);
        write(em, caller.actorType(), caller.actorId(), checked.lines());
        return get(item.id());
    }

    /**
     * Checks the new base bills of several items through an entity manager the caller opened for its tenant (an import
     * has no request); every parent must be an item of that tenant.
     */
    public Checked check(EntityManager em, Map<String, List<ComponentLine>> bills) {
        Map<String, Item> parents = ItemCatalog.in(em).byId(bills.keySet());
        Map<String, Set<String>> oldComponents = new HashMap<>();
        bomLines.baseLines(em, bills.keySet()).forEach(l -> oldComponents.computeIfAbsent(l.parentId(), k -> new HashSet<>()).add(l.componentId()));
        Map<String, Set<Integer>> operations = RoutingRepository.in(em).sequences(bills.keySet());

        Map<String, List<Violation>> errors = new LinkedHashMap<>();
        Map<String, List<BomLine>> lines = new LinkedHashMap<>();
        bills.forEach((parentId, requested) -> {
            Item parent = parents.get(parentId);
            if (parent == null) {
                throw new IllegalArgumentException("not an item of the tenant: " + parentId);
            }
            CatalogRules rules = new CatalogRules();
            lines.put(parentId, checkLines(em, rules, "lines", parent, requested, oldComponents.getOrDefault(parentId, Set.of())));
            Set<Integer> sequences = operations.getOrDefault(parentId, Set.of());
            for (int i = 0; i < requested.size(); i++) {
                Integer sequence = requested.get(i).operationSequence();
                if (sequence != null && !sequences.contains(sequence)) {
                    rules.reject("lines[" + i + "].operation_sequence", sequences.isEmpty() ? "names an operation, but the item has no routing"
                            : "is not an operation of the item's routing (" + sequences.stream().sorted().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + ")");
                }
            }
            if (!rules.errors().isEmpty()) {
                errors.put(parentId, rules.errors());
            }
        });
        List<List<BomLine>> cycles = errors.isEmpty()
                ? cycles(em, lines, l -> l.optionId() == null && lines.containsKey(l.parentId())) : List.of();
        return new Checked(errors, lines, cycles);
    }

    /**
     * Replaces the base bills of several items in the caller's transaction through its tenant's entity manager, checked
     * again there: a file is not a conditional change, so whatever version a bill has is replaced.
     *
     * @throws RuleBroken or {@link Conflict} (a cycle) when a bill no longer passes {@link #check} (something changed since
     *                    the caller checked it)
     */
    public void replaceAll(EntityManager em, String actorType, String actorId, Map<String, List<ComponentLine>> bills) {
        bills.keySet().forEach(parent -> structures.replacing(em, parent, ItemStructure.Part.BOM, "*"));
        Checked checked = check(em, bills);
        requireOk(em, checked);
        write(em, actorType, actorId, checked.lines());
    }

    private void requireOk(EntityManager em, Checked checked) {
        if (!checked.errors().isEmpty()) {
            throw new RuleBroken(checked.errors().values().stream().flatMap(List::stream).toList());
        }
        if (!checked.cycles().isEmpty()) {
            throw cycleProblem(em, path(checked.cycles().get(0)));
        }
    }

    private void write(EntityManager em, String actorType, String actorId, Map<String, List<BomLine>> bills) {
        BillOfMaterialsRepository repository = BillOfMaterialsRepository.in(em);
        Map<String, Integer> oldCounts = new HashMap<>();
        for (BillOfMaterialsLine old : repository.baseLinesOf(bills.keySet())) {
            oldCounts.merge(old.parentId(), 1, Integer::sum);
            repository.remove(old);
        }
        em.flush(); // the deletes first: the new lines reuse the line numbers
        Instant now = Instant.now();
        bills.forEach((parentId, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                BomLine line = lines.get(i);
                repository.save(new BillOfMaterialsLine(PublicIds.next(LINE_PREFIX), parentId, null, i + 1, line.component(), line.quantityPer(),
                        line.scrapFactor(), line.operationSequence(), now));
            }
            audit.record(em, actorType, actorId, "bom.replaced", "item", parentId,
                    new Changes().field("bom_lines", oldCounts.getOrDefault(parentId, 0), lines.size()));
        });
        em.flush();
    }

    /**
     * Checks component lines against the company's items and turns them into engine lines named by
     * their place in the request ({@code lines[2]}); archived items are refused unless already there.
     */
    List<BomLine> checkLines(CatalogRules rules, String field, Item parent, List<ComponentLine> requested, Set<String> alreadyUsed) {
        return checkLines(em, rules, field, parent, requested, alreadyUsed);
    }

    private List<BomLine> checkLines(EntityManager em, CatalogRules rules, String field, Item parent, List<ComponentLine> requested,
                                     Set<String> alreadyUsed) {
        Map<String, Item> components = ItemCatalog.in(em).byId(requested.stream().map(ComponentLine::componentId).toList());
        List<BomLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ComponentLine line = requested.get(i);
            String name = field + "[" + i + "]";
            Item component = components.get(line.componentId());
            if (component == null) {
                rules.reject(name + ".component_id", "is not an item of your company");
                continue;
            }
            if (component.archived() && !alreadyUsed.contains(component.id())) {
                rules.reject(name + ".component_id", "item " + component.code() + " is archived");
            }
            lines.add(new BomLine(name, parent.id(), component.id(), line.quantityPer(),
                    line.scrapFactor() == null ? BigDecimal.ZERO : line.scrapFactor(), line.operationSequence()));
        }
        return lines;
    }

    /** Refuses new option lines of {@code item} that would make it contain itself. */
    void requireNoCycle(Item item, List<BomLine> newOptionLines) {
        List<List<BomLine>> cycles = cycles(em, Map.of(item.id(), newOptionLines), l -> l.optionId() != null && l.parentId().equals(item.id()));
        if (!cycles.isEmpty()) {
            throw cycleProblem(em, path(cycles.get(0)));
        }
    }

    /**
     * The distinct cycles through the parents of {@code newLines} once they replace the stored lines that {@code replaced}
     * picks. The structure was acyclic before, so any new cycle runs through a changed parent: the searches start there,
     * over the new lines and what is stored below them, and share what they found free of cycles.
     */
    private List<List<BomLine>> cycles(EntityManager em, Map<String, List<BomLine>> newLines, Predicate<BillOfMaterialsLine> replaced) {
        List<BomLine> graphLines = new ArrayList<>();
        newLines.values().forEach(graphLines::addAll);
        Set<String> roots = new HashSet<>(newLines.keySet()); // their stored lines that stay, e.g. options beside a new base bill
        graphLines.forEach(l -> roots.add(l.component()));
        bomLines.below(em, roots, true).stream().filter(replaced.negate()).map(BillOfMaterialsLine::toEngine).forEach(graphLines::add);
        BomGraph graph = new BomGraph(graphLines);

        Set<String> acyclic = new HashSet<>();
        Set<Set<String>> found = new HashSet<>();
        List<List<BomLine>> cycles = new ArrayList<>();
        for (String parent : newLines.keySet()) {
            graph.findCycle(parent, acyclic).filter(path -> found.add(Set.copyOf(path))).ifPresent(path -> {
                List<BomLine> along = new ArrayList<>();
                for (int i = 0; i + 1 < path.size(); i++) {
                    String component = path.get(i + 1);
                    along.add(graph.componentsOf(path.get(i)).stream().filter(l -> l.component().equals(component)).findFirst().orElseThrow());
                }
                cycles.add(along);
            });
        }
        return cycles;
    }

    /** The items along a cycle of lines, the first repeated at the end. */
    private static List<String> path(List<BomLine> cycle) {
        List<String> path = new ArrayList<>(List.of(cycle.get(0).parent()));
        cycle.forEach(l -> path.add(l.component()));
        return path;
    }

    private Conflict cycleProblem(EntityManager em, List<String> cycle) {
        Map<String, Item> named = ItemCatalog.in(em).byId(cycle);
        String path = cycle.stream().map(id -> named.containsKey(id) ? named.get(id).code() : id).collect(Collectors.joining(" → "));
        return new Conflict("bom-cycle", "Bill of materials would contain a cycle",
                "The change would make an item contain itself: " + path + ".", List.of());
    }

    public Explosion explode(String itemId, String quantityText) {
        Item item = items.get(itemId);
        BigDecimal quantity = positiveQuantity(quantityText);
        List<BillOfMaterialsLine> below = bomLines.below(List.of(item.id()), false);
        try {
            List<ExplosionLine> lines = new BomGraph(BomLines.toEngine(below)).explode(item.id(), quantity);
            Map<String, Item> named = items.byId(below.stream().map(BillOfMaterialsLine::componentId).toList());
            return new Explosion(item, quantity, lines, BomGraph.totals(lines), named);
        } catch (BomCycleException e) {
            throw cycleProblem(em, e.path());
        } catch (IllegalArgumentException e) {
            throw new TooLarge("explosion-too-large", "Explosion too large",
                    "The explosion of " + item.code() + " has more than " + BomGraph.DEFAULT_MAX_LINES + " lines.");
        }
    }

    private static BigDecimal positiveQuantity(String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ONE;
        }
        try {
            BigDecimal quantity = new BigDecimal(text.strip());
            if (quantity.signum() > 0 && quantity.compareTo(MAX_EXPLOSION_QUANTITY) < 0 && quantity.scale() <= 6) {
                return quantity;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new RuleBroken("quantity", "must be a positive number below 10^12 with at most 6 decimal places");
    }

    public Uses whereUsed(String itemId, String levels) {
        Item item = items.get(itemId);
        boolean all;
        if (levels == null || levels.equals("1")) {
            all = false;
        } else if (levels.equals("all")) {
            all = true;
        } else {
            throw new RuleBroken("levels", "must be 1 or all");
        }
        // the whole ancestry even for one level: whether a parent is top-level depends on the level above it
        List<BillOfMaterialsLine> above = bomLines.above(item.id());
        try {
            List<WhereUsedLine> lines = new BomGraph(BomLines.toEngine(above)).whereUsed(item.id(), all);
            Map<String, BillOfMaterialsLine> byId = new LinkedHashMap<>();
            above.forEach(l -> byId.put(l.id(), l));
            Set<String> optionIds = above.stream().map(BillOfMaterialsLine::optionId).filter(o -> o != null).collect(Collectors.toSet());
            ProductOptionRepository productOptions = ProductOptionRepository.in(em);
            Map<String, ProductOption> options = productOptions.optionsById(optionIds);
            Map<String, OptionGroup> groups = productOptions.groupsById(options.values().stream().map(ProductOption::groupId).distinct().toList());
            Map<String, ProductOption> optionByLine = new LinkedHashMap<>();
            byId.forEach((id, l) -> {
                if (l.optionId() != null && options.containsKey(l.optionId())) {
                    optionByLine.put(id, options.get(l.optionId()));
                }
            });
            Set<String> named = new HashSet<>();
            above.forEach(l -> {
                named.add(l.parentId());
                named.add(l.componentId());
            });
            return new Uses(item, all, lines, items.byId(named), optionByLine, groups);
        } catch (BomCycleException e) {
            throw cycleProblem(em, e.path());
        } catch (IllegalArgumentException e) {
            throw new TooLarge("where-used-too-large", "Where-used answer too large",
                    "Item " + item.code() + " is used in more than " + BomGraph.DEFAULT_MAX_LINES + " places.");
        }
    }
}
