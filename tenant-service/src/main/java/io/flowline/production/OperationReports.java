package io.flowline.production;

import static io.flowline.platform.json.Decimals.plainText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.ids.PublicIds;
import io.flowline.production.engine.OperationAction;
import io.flowline.stock.StockLedger;
import io.flowline.stock.StockMovement;
import io.flowline.stock.StockMovementService;
import io.flowline.stock.StockMovementService.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The transaction of one operation report (a bean of its own, so that {@link ShopFloorService} calls it through the
 * transaction interceptor, again when a stock lock wait timed out). With output, stock moves first — the backflush that
 * {@link OutputReported} triggers, then the receipt, each clearing the persistence context as the ledger does — and only
 * then is the work order locked, read afresh and checked again: the report and its stock movements commit together or not at all.
 */
@ApplicationScoped
public class OperationReports {
    public static final String GENEALOGY_PREFIX = "lgn";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StockLedger ledger;

    @Inject
    StockMovementService movements;

    @Inject
    Event<OutputReported> outputReported;

    @Transactional
    public WorkOrderOperation report(String workOrderId, int sequence, ShopFloorService.OperationReport report, Plan receipt) {
        em.clear(); // everything below is read in this transaction (a retry starts from the database again)
        List<StockMovement> received = List.of();
        if (receipt != null) {
            outputReported.fire(new OutputReported(workOrderId, report.good()));
            received = ledger.apply(receipt);
        }
        WorkOrderRepository repository = WorkOrderRepository.in(em);
        WorkOrder order = repository.lock(workOrderId).orElseThrow(() -> new NotFound("work order", workOrderId));
        ShopFloorService.requireOnTheFloor(order);
        List<WorkOrderOperation> operations = repository.operations(order.id());
        WorkOrderOperation operation = ShopFloorService.find(order, operations, sequence);
        ShopFloorService.transition(order, operation, OperationAction.REPORT);
        ShopFloorService.requireWithinQuantity(order, operation, report.good()); // another report may have come first
        Instant now = ShopFloorService.now();
        operation.report(report.good(), report.scrap(), report.labour(), report.machine(), now);
        if (report.scrap().signum() > 0) {
            order.scrapped(report.scrap());
        }
        Changes changes = new Changes().field("operation", null, sequence).field("good_quantity", null, plainText(report.good()))
                .field("scrap_quantity", null, plainText(report.scrap())).field("labour_minutes", null, plainText(report.labour()))
                .field("machine_minutes", null, plainText(report.machine()));
        if (report.scrapReason() != null && !report.scrapReason().isBlank()) {
            changes.field("scrap_reason", null, report.scrapReason().strip());
        }
        if (receipt != null) {
            StockMovement movement = received.get(0);
            order.received(report.good(), movement.lotId());
            changes.field("received", null, movement.id()).field("lot_id", null, movement.lotId());
            if (movement.lotId() != null) {
                recordGenealogy(order, movement.lotId(), now);
            }
        }
        order.touched(now);
        audit.record(em, "work_order.operation_reported", "work_order", order.id(), changes);
        em.flush();
        return operation;
    }

    /** Brings the output lot's genealogy up to date: every lot issued to the work order so far, with the quantity issued. */
    private void recordGenealogy(WorkOrder order, String outputLotId, Instant now) {
        Map<String, BigDecimal> issuedByLot = new HashMap<>();
        Map<String, String> itemByLot = new HashMap<>();
        for (StockMovement issue : movements.issuedFor(ShopFloorService.REFERENCE_TYPE, order.id())) {
            if (issue.lotId() != null) {
                issuedByLot.merge(issue.lotId(), issue.quantity().negate(), BigDecimal::add);
                itemByLot.put(issue.lotId(), issue.itemId());
            }
        }
        if (issuedByLot.isEmpty()) {
            return;
        }
        GenealogyLinkRepository genealogy = GenealogyLinkRepository.in(em);
        Map<String, GenealogyLink> known = new HashMap<>();
        genealogy.of(order.id(), outputLotId).forEach(link -> known.put(link.componentLotId(), link));
        issuedByLot.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(issued -> {
            GenealogyLink link = known.get(issued.getKey());
            if (link == null) {
                genealogy.add(new GenealogyLink(PublicIds.next(GENEALOGY_PREFIX), order.id(), outputLotId, order.itemId(), issued.getKey(),
                        itemByLot.get(issued.getKey()), issued.getValue(), now));
            } else if (link.quantity().compareTo(issued.getValue()) != 0) {
                link.changeQuantity(issued.getValue(), now);
            }
        });
    }
}
