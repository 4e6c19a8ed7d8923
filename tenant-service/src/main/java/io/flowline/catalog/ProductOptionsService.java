package io.flowline.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.flowline.api.catalog.ReplaceProductOptionsRequest;
import io.flowline.api.catalog.ResolveConfigurationRequest;
import io.flowline.catalog.engine.BomLine;
import io.flowline.catalog.engine.ProductConfiguration;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Configurable products: option groups, each option bringing components, and the resolution of a
 * configuration to its own bill of materials. Orders and planning resolve through {@link #resolve}.
 */
@ApplicationScoped
public class ProductOptionsService {
    public static final String GROUP_PREFIX = "opg";
    public static final String OPTION_PREFIX = "opt";

    @Inject
    EntityManager em;

    @Inject
    ItemService items;

    @Inject
    ItemStructures structures;

    @Inject
    BomLines bomLines;

    @Inject
    BillOfMaterialsService boms;

    @Inject
    AuditLog audit;

    /** The option groups as the engine sees them, with the items their lines name, and the version (0 while there are none). */
    public record View(Item item, List<ProductConfiguration.OptionGroup> groups, Map<String, Item> components, long version, Instant updatedAt) {
    }

    /** A resolved configuration with the items its lines name. */
    public record Resolved(Item item, ProductConfiguration.Resolution resolution, Map<String, Item> components) {
    }

    public View get(String itemId) {
        Item item = items.get(itemId);
        List<ProductConfiguration.OptionGroup> groups = groups(item.id());
        Set<String> components = new HashSet<>();
        groups.forEach(g -> g.options().forEach(o -> o.components().forEach(l -> components.add(l.component()))));
        var structure = structures.find(item.id(), ItemStructure.Part.OPTIONS);
        return new View(item, groups, items.byId(components), structure.map(ItemStructure::version).orElse(0L),
                structure.map(ItemStructure::updatedAt).orElse(null));
    }

    /** The item's option groups, options and their component lines, in order. */
    public List<ProductConfiguration.OptionGroup> groups(String itemId) {
        List<OptionGroup> groups = em.createQuery("SELECT g FROM OptionGroup g WHERE g.itemId = :item ORDER BY g.lineNumber", OptionGroup.class)
                .setParameter("item", itemId).getResultList();
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ProductOption> options = em.createQuery("SELECT o FROM ProductOption o WHERE o.itemId = :item ORDER BY o.lineNumber",
                ProductOption.class).setParameter("item", itemId).getResultList();
        Map<String, List<BomLine>> linesByOption = new HashMap<>();
        bomLines.optionLines(itemId).forEach(l -> linesByOption.computeIfAbsent(l.optionId(), k -> new ArrayList<>()).add(l.toEngine()));
        Map<String, List<ProductConfiguration.Option>> optionsByGroup = new HashMap<>();
        options.forEach(o -> optionsByGroup.computeIfAbsent(o.groupId(), k -> new ArrayList<>())
                .add(new ProductConfiguration.Option(o.code(), o.name(), linesByOption.getOrDefault(o.id(), List.of()))));
        return groups.stream().map(g -> new ProductConfiguration.OptionGroup(g.code(), g.name(), g.required(),
                optionsByGroup.getOrDefault(g.id(), List.of()))).toList();
    }

    @Transactional
    public View replace(String itemId, String ifMatch, ReplaceProductOptionsRequest request) {
        Item item = items.get(itemId); // another tenant's item is a 404 before anything about the body is said
        structures.replacing(item.id(), ItemStructure.Part.OPTIONS, ifMatch);
        List<BillOfMaterialsLine> oldLines = bomLines.optionLines(item.id());
        Set<String> usedBefore = oldLines.stream().map(BillOfMaterialsLine::componentId).collect(Collectors.toSet());
        Set<Integer> operations = new HashSet<>(em.createQuery("SELECT o.sequence FROM RoutingOperation o WHERE o.itemId = :item", Integer.class)
                .setParameter("item", item.id()).getResultList());

        CatalogRules rules = new CatalogRules();
        Map<String, Integer> groupCodes = new HashMap<>();
        List<List<List<BomLine>>> linesPerOption = new ArrayList<>();
        List<BomLine> allLines = new ArrayList<>();
        for (int g = 0; g < request.groups().size(); g++) {
            ReplaceProductOptionsRequest.Group group = request.groups().get(g);
            String groupField = "groups[" + g + "]";
            Integer firstGroup = groupCodes.putIfAbsent(group.code(), g);
            if (firstGroup != null) {
                rules.reject(groupField + ".code", "repeats groups[" + firstGroup + "].code " + group.code());
            }
            Map<String, Integer> optionCodes = new HashMap<>();
            List<List<BomLine>> groupLines = new ArrayList<>();
            for (int o = 0; o < group.options().size(); o++) {
                ReplaceProductOptionsRequest.Option option = group.options().get(o);
                String optionField = groupField + ".options[" + o + "]";
                Integer firstOption = optionCodes.putIfAbsent(option.code(), o);
                if (firstOption != null) {
                    rules.reject(optionField + ".code", "repeats " + groupField + ".options[" + firstOption + "].code " + option.code());
                }
                List<BomLine> lines = boms.checkLines(rules, optionField + ".components", item, option.components(), usedBefore);
                for (int c = 0; c < option.components().size(); c++) {
                    Integer sequence = option.components().get(c).operationSequence();
                    if (sequence != null && !operations.contains(sequence)) {
                        rules.reject(optionField + ".components[" + c + "].operation_sequence", "is not an operation of the item's routing");
                    }
                }
                groupLines.add(lines);
                allLines.addAll(lines);
            }
            linesPerOption.add(groupLines);
        }
        rules.throwIfAny();
        boms.requireNoCycle(item, allLines);

        oldLines.forEach(em::remove);
        em.createQuery("SELECT o FROM ProductOption o WHERE o.itemId = :item", ProductOption.class).setParameter("item", item.id())
                .getResultList().forEach(em::remove);
        em.createQuery("SELECT g FROM OptionGroup g WHERE g.itemId = :item", OptionGroup.class).setParameter("item", item.id())
                .getResultList().forEach(em::remove);
        em.flush();
        Instant now = Instant.now();
        int lineNumber = 0;
        for (int g = 0; g < request.groups().size(); g++) {
            ReplaceProductOptionsRequest.Group group = request.groups().get(g);
            OptionGroup saved = new OptionGroup(PublicIds.next(GROUP_PREFIX), item.id(), g + 1, group.code(), group.name().strip(),
                    group.required() == null || group.required(), now);
            em.persist(saved);
            for (int o = 0; o < group.options().size(); o++) {
                ReplaceProductOptionsRequest.Option option = group.options().get(o);
                ProductOption savedOption = new ProductOption(PublicIds.next(OPTION_PREFIX), item.id(), saved.id(), o + 1, option.code(),
                        option.name().strip(), now);
                em.persist(savedOption);
                for (BomLine line : linesPerOption.get(g).get(o)) {
                    em.persist(new BillOfMaterialsLine(PublicIds.next(BillOfMaterialsService.LINE_PREFIX), item.id(), savedOption.id(),
                            ++lineNumber, line.component(), line.quantityPer(), line.scrapFactor(), line.operationSequence(), now));
                }
            }
        }
        audit.record(em, "options.replaced", "item", item.id(), new Changes().field("option_groups", null,
                request.groups().stream().map(ReplaceProductOptionsRequest.Group::code).collect(Collectors.joining(","))));
        em.flush();
        return get(item.id());
    }

    /** Resolves a configuration of the item, or refuses it with a 400 naming each bad choice as {@code choices.<group>}. */
    public Resolved resolve(String itemId, ResolveConfigurationRequest request) {
        Item item = items.get(itemId);
        List<ProductConfiguration.OptionGroup> groups = groups(item.id());
        Map<String, String> choices = new LinkedHashMap<>(request.choices());
        List<Violation> nulls = new ArrayList<>();
        choices.forEach((group, option) -> {
            if (option == null) {
                nulls.add(new Violation("choices." + group, "must be an option code"));
            }
        });
        choices.values().removeIf(v -> v == null);
        ProductConfiguration.Resolution resolution = ProductConfiguration.resolve(BomLines.toEngine(bomLines.baseLines(item.id())), groups, choices);
        List<Violation> errors = new ArrayList<>(nulls);
        resolution.errors().forEach((group, message) -> errors.add(new Violation("choices." + group, message)));
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        return new Resolved(item, resolution, items.byId(resolution.lines().stream().map(l -> l.line().component()).toList()));
    }
}
