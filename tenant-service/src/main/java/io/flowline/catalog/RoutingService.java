package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.ids.PublicIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Routings: an item's operations in sequence, read and replaced as a whole. */
@ApplicationScoped
public class RoutingService {
    public static final String OPERATION_PREFIX = "rop";

    @Inject
    EntityManager em;

    @Inject
    ItemService items;

    @Inject
    ItemStructures structures;

    @Inject
    AuditLog audit;

    /** A routing with the work centres it names, and its version (0 while there is none). */
    public record View(Item item, List<RoutingOperation> operations, Map<String, WorkCenter> workCenters, long version, Instant updatedAt) {
    }

    public View get(String itemId) {
        Item item = items.get(itemId);
        List<RoutingOperation> operations = operations(item.id());
        var structure = structures.find(item.id(), ItemStructure.Part.ROUTING);
        return new View(item, operations, workCenters(operations.stream().map(RoutingOperation::workCenterId).collect(Collectors.toSet())),
                structure.map(ItemStructure::version).orElse(0L), structure.map(ItemStructure::updatedAt).orElse(null));
    }

    public List<RoutingOperation> operations(String itemId) {
        return RoutingRepository.in(em).operations(itemId);
    }

    @Transactional
    public View replace(String itemId, String ifMatch, List<RoutingStep> steps) {
        Item item = items.get(itemId); // another tenant's item is a 404 before anything about the body is said
        structures.replacing(item.id(), ItemStructure.Part.ROUTING, ifMatch);
        List<RoutingOperation> old = operations(item.id());
        Set<String> usedBefore = old.stream().map(RoutingOperation::workCenterId).collect(Collectors.toSet());
        Map<String, WorkCenter> centers = workCenters(steps.stream().map(RoutingStep::workCenterId).collect(Collectors.toSet()));
        CatalogRules rules = new CatalogRules();
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            RoutingStep operation = steps.get(i);
            String name = "operations[" + i + "]";
            Integer first = seen.putIfAbsent(operation.sequence(), i);
            if (first != null) {
                rules.reject(name + ".sequence", "repeats operations[" + first + "].sequence " + operation.sequence());
            }
            WorkCenter center = centers.get(operation.workCenterId());
            if (center == null) {
                rules.reject(name + ".work_center_id", "is not a work centre of your company");
            } else if (center.archived() && !usedBefore.contains(center.id())) {
                rules.reject(name + ".work_center_id", "work centre " + center.code() + " is archived");
            }
        }
        rules.throwIfAny();
        Set<Integer> kept = seen.keySet();
        Set<Integer> named = BillOfMaterialsRepository.in(em).operationsNamed(item.id());
        named.removeAll(kept);
        if (!named.isEmpty()) {
            throw new Conflict("operation-in-use", "The bill of materials of " + item.code() + " names operation "
                    + named.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ", which the new routing lacks; change those bill-of-materials lines first.");
        }

        RoutingRepository routings = RoutingRepository.in(em);
        old.forEach(routings::remove);
        em.flush();
        Instant now = Instant.now();
        for (RoutingStep operation : steps) {
            routings.save(new RoutingOperation(PublicIds.next(OPERATION_PREFIX), item.id(), operation.sequence(), operation.workCenterId(),
                    operation.description(), operation.setupHours() == null ? BigDecimal.ZERO : operation.setupHours(),
                    operation.runHoursPerUnit(), now));
        }
        audit.record(em, "routing.replaced", "item", item.id(), new Changes().field("operations", old.size(), steps.size()));
        em.flush();
        return get(item.id());
    }

    private Map<String, WorkCenter> workCenters(Set<String> ids) {
        return WorkCenterRepository.in(em).byId(ids);
    }
}
