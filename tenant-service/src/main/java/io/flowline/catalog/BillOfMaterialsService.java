package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.flowline.api.catalog.BillOfMaterialsLineRequest;
import io.flowline.api.catalog.ReplaceBillOfMaterialsRequest;
import io.flowline.catalog.engine.BomCycleException;
import io.flowline.catalog.engine.BomGraph;
import io.flowline.catalog.engine.BomLine;
import io.flowline.catalog.engine.ExplosionLine;
import io.flowline.catalog.engine.WhereUsedLine;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.problem.ApiProblem;
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
        return new View(item, lines, bomLines.items(lines.stream().map(BillOfMaterialsLine::componentId).toList()),
                structure.map(ItemStructure::version).orElse(0L), structure.map(ItemStructure::updatedAt).orElse(null));
    }

    @Transactional
    public View replace(String itemId, String ifMatch, ReplaceBillOfMaterialsRequest request) {
        em.joinTransaction();
        Item item = items.get(itemId); // another tenant's item is a 404 before anything about the body is said
        structures.replacing(item.id(), ItemStructure.Part.BOM, ifMatch);
        List<BillOfMaterialsLine> old = bomLines.baseLines(item.id());
        CatalogRules rules = new CatalogRules();
        List<BomLine> lines = checkLines(rules, "lines", item, request.lines(),
                old.stream().map(BillOfMaterialsLine::componentId).collect(Collectors.toSet()));
        Set<Integer> operations = new HashSet<>(em.createQuery("SELECT o.sequence FROM RoutingOperation o WHERE o.itemId = :item", Integer.class)
                .setParameter("item", item.id()).getResultList());
        for (int i = 0; i < request.lines().size(); i++) {
            Integer sequence = request.lines().get(i).operationSequence();
            if (sequence != null && !operations.contains(sequence)) {
                rules.reject("lines[" + i + "].operation_sequence", operations.isEmpty() ? "names an operation, but the item has no routing"
                        : "is not an operation of the item's routing (" + operations.stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
        rules.throwIfAny();
        requireNoCycle(item, lines, null);

        old.forEach(em::remove);
        em.flush();
        Instant now = Instant.now();
        for (int i = 0; i < lines.size(); i++) {
            BomLine line = lines.get(i);
            em.persist(new BillOfMaterialsLine(PublicIds.next(LINE_PREFIX), item.id(), null, i + 1, line.component(), line.quantityPer(),
                    line.scrapFactor(), line.operationSequence(), now));
        }
        audit.record(em, "bom.replaced", "item", item.id(), new Changes().field("bom_lines", old.size(), lines.size()));
        em.flush();
        return get(item.id());
    }

    /**
     * Checks component lines against the company's items and turns them into engine lines named by
     * their place in the request ({@code lines[2]}); archived items are refused unless already there.
     */
    List<BomLine> checkLines(CatalogRules rules, String field, Item parent, List<BillOfMaterialsLineRequest> requested, Set<String> alreadyUsed) {
        Map<String, Item> components = bomLines.items(requested.stream().map(BillOfMaterialsLineRequest::componentId).toList());
        List<BomLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            BillOfMaterialsLineRequest line = requested.get(i);
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

    /**
     * Refuses a change that would make {@code item} contain itself, through its bill or its options.
     * The structure was acyclic before, so any new cycle runs through the item: the search starts there,
     * over what lies below the item's new lines.
     *
     * @param newBase    the item's new base lines, or null when they stay
     * @param newOptions the item's new option lines, or null when they stay
     */
    void requireNoCycle(Item item, List<BomLine> newBase, List<BomLine> newOptions) {
        List<BomLine> base = newBase != null ? newBase : BomLines.toEngine(bomLines.baseLines(item.id()));
        List<BomLine> options = newOptions != null ? newOptions : BomLines.toEngine(bomLines.optionLines(item.id()));
        List<BomLine> graphLines = new ArrayList<>(base);
        graphLines.addAll(options);
        Set<String> components = new HashSet<>();
        graphLines.forEach(l -> components.add(l.component()));
        components.remove(item.id());
        bomLines.below(components, true).stream()
                .filter(l -> !l.parentId().equals(item.id())) // the item's own lines are the new ones above
                .map(BillOfMaterialsLine::toEngine).forEach(graphLines::add);
        new BomGraph(graphLines).findCycle(item.id()).ifPresent(cycle -> {
            throw cycleProblem(cycle);
        });
    }

    private ApiProblem cycleProblem(List<String> cycle) {
        Map<String, Item> named = bomLines.items(cycle);
        String path = cycle.stream().map(id -> named.containsKey(id) ? named.get(id).code() : id).collect(Collectors.joining(" → "));
        return new ApiProblem(409, "bom-cycle", "Bill of materials would contain a cycle",
                "The change would make an item contain itself: " + path + ".", null, Map.of());
    }

    public Explosion explode(String itemId, String quantityText) {
        Item item = items.get(itemId);
        BigDecimal quantity = positiveQuantity(quantityText);
        List<BillOfMaterialsLine> below = bomLines.below(List.of(item.id()), false);
        try {
            List<ExplosionLine> lines = new BomGraph(BomLines.toEngine(below)).explode(item.id(), quantity);
            Map<String, Item> named = bomLines.items(below.stream().map(BillOfMaterialsLine::componentId).toList());
            return new Explosion(item, quantity, lines, BomGraph.totals(lines), named);
        } catch (BomCycleException e) {
            throw cycleProblem(e.path());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(422, "explosion-too-large", "Explosion too large",
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
        throw new ApiProblem.Invalid("quantity", "must be a positive number below 10^12 with at most 6 decimal places");
    }

    public Uses whereUsed(String itemId, String levels) {
        Item item = items.get(itemId);
        boolean all;
        if (levels == null || levels.equals("1")) {
            all = false;
        } else if (levels.equals("all")) {
            all = true;
        } else {
            throw new ApiProblem.Invalid("levels", "must be 1 or all");
        }
        // the whole ancestry even for one level: whether a parent is top-level depends on the level above it
        List<BillOfMaterialsLine> above = bomLines.above(item.id());
        try {
            List<WhereUsedLine> lines = new BomGraph(BomLines.toEngine(above)).whereUsed(item.id(), all);
            Map<String, BillOfMaterialsLine> byId = new LinkedHashMap<>();
            above.forEach(l -> byId.put(l.id(), l));
            Set<String> optionIds = above.stream().map(BillOfMaterialsLine::optionId).filter(o -> o != null).collect(Collectors.toSet());
            Map<String, ProductOption> options = new LinkedHashMap<>();
            Map<String, OptionGroup> groups = new LinkedHashMap<>();
            if (!optionIds.isEmpty()) {
                em.createQuery("SELECT o FROM ProductOption o WHERE o.id IN :ids", ProductOption.class).setParameter("ids", List.copyOf(optionIds))
                        .getResultList().forEach(o -> options.put(o.id(), o));
                em.createQuery("SELECT g FROM OptionGroup g WHERE g.id IN :ids", OptionGroup.class)
                        .setParameter("ids", options.values().stream().map(ProductOption::groupId).distinct().toList())
                        .getResultList().forEach(g -> groups.put(g.id(), g));
            }
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
            return new Uses(item, all, lines, bomLines.items(named), optionByLine, groups);
        } catch (BomCycleException e) {
            throw cycleProblem(e.path());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(422, "where-used-too-large", "Where-used answer too large",
                    "Item " + item.code() + " is used in more than " + BomGraph.DEFAULT_MAX_LINES + " places.");
        }
    }
}
