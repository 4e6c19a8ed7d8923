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
        ProductOptionRepository repository = ProductOptionRepository.in(em);
        List<OptionGroup> groups = repository.groups(itemId);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ProductOption> options = repository.options(itemId);
        Map<String, List<BomLine>> linesByOption = new HashMap<>();
        bomLines.optionLines(itemId).forEach(l -> linesByOption.computeIfAbsent(l.optionId(), k -> new ArrayList<>()).add(l.toEngine()));
        Map<String, List<ProductConfiguration.Option>> optionsByGroup = new HashMap<>();
        options.forEach(o -> optionsByGroup.computeIfAbsent(o.groupId(), k -> new ArrayList<>())
                .add(new ProductConfiguration.Option(o.code(), o.name(), linesByOption.getOrDefault(o.id(), List.of()))));
        return groups.stream().map(g -> new ProductConfiguration.OptionGroup(g.code(), g.name(), g.required(),
                optionsByGroup.getOrDefault(g.id(), List.of()))).toList();
    }

    @Transactional
    public View replace(String itemId, String ifMatch, List<NewOptionGroup> newGroups) {
        Item item = items.get(itemId); // another tenant's item is a 404 before anything about the body is said
        structures.replacing(item.id(), ItemStructure.Part.OPTIONS, ifMatch);
        List<BillOfMaterialsLine> oldLines = bomLines.optionLines(item.id());
        Set<String> usedBefore = oldLines.stream().map(BillOfMaterialsLine::componentId).collect(Collectors.toSet());
        Set<Integer> operations = RoutingRepository.in(em).sequences(List.of(item.id())).getOrDefault(item.id(), Set.of());

        CatalogRules rules = new CatalogRules();
        Map<String, Integer> groupCodes = new HashMap<>();
        List<List<List<BomLine>>> linesPerOption = new ArrayList<>();
        List<BomLine> allLines = new ArrayList<>();
        for (int g = 0; g < newGroups.size(); g++) {
            NewOptionGroup group = newGroups.get(g);
            String groupField = "groups[" + g + "]";
            Integer firstGroup = groupCodes.putIfAbsent(group.code(), g);
            if (firstGroup != null) {
                rules.reject(groupField + ".code", "repeats groups[" + firstGroup + "].code " + group.code());
            }
            Map<String, Integer> optionCodes = new HashMap<>();
            List<List<BomLine>> groupLines = new ArrayList<>();
            for (int o = 0; o < group.options().size(); o++) {
                NewOptionGroup.Option option = group.options().get(o);
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

        BillOfMaterialsRepository bills = BillOfMaterialsRepository.in(em);
        ProductOptionRepository repository = ProductOptionRepository.in(em);
        oldLines.forEach(bills::remove);
        repository.removeAll(item.id());
        em.flush();
        Instant now = Instant.now();
        int lineNumber = 0;
        for (int g = 0; g < newGroups.size(); g++) {
            NewOptionGroup group = newGroups.get(g);
            OptionGroup saved = new OptionGroup(PublicIds.next(GROUP_PREFIX), item.id(), g + 1, group.code(), group.name().strip(),
                    group.required() == null || group.required(), now);
            repository.save(saved);
            for (int o = 0; o < group.options().size(); o++) {
                NewOptionGroup.Option option = group.options().get(o);
                ProductOption savedOption = new ProductOption(PublicIds.next(OPTION_PREFIX), item.id(), saved.id(), o + 1, option.code(),
                        option.name().strip(), now);
                repository.save(savedOption);
                for (BomLine line : linesPerOption.get(g).get(o)) {
                    bills.save(new BillOfMaterialsLine(PublicIds.next(BillOfMaterialsService.LINE_PREFIX), item.id(), savedOption.id(),
                            ++lineNumber, line.component(), line.quantityPer(), line.scrapFactor(), line.operationSequence(), now));
                }
            }
        }
        audit.record(em, "options.replaced", "item", item.id(), new Changes().field("option_groups", null,
                newGroups.stream().map(NewOptionGroup::code).collect(Collectors.joining(","))));
        em.flush();
        return get(item.id());
    }

    /** Resolves a configuration of the item, or refuses it with a 400 naming each bad choice as {@code choices.<group>}. */
    public Resolved resolve(String itemId, Map<String, String> chosen) {
        Item item = items.get(itemId);
        List<ProductConfiguration.OptionGroup> groups = groups(item.id());
        Map<String, String> choices = new LinkedHashMap<>(chosen);
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
