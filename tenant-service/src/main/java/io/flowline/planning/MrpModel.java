package io.flowline.planning;

import java.util.List;

import io.flowline.planning.engine.BillOfMaterials;
import io.flowline.planning.engine.IndependentDemand;
import io.flowline.planning.engine.PlanningCalendar;
import io.flowline.planning.engine.PlanningItem;

/**
 * What one run plans with: the engine's arrays and, beside them, what each index stands for. Items are the catalogue's,
 * followed by one assemble-to-order item per configured order line (its item with the line's own bill).
 *
 * @param itemIds        catalogue item id per planning item
 * @param itemCodes      its code, for messages
 * @param buy            whether the item is bought (else made)
 * @param configurations the chosen options as JSON, for the assemble-to-order items; null for catalogue items
 * @param demandLines    what each demand line stands for: a sales order line, a work order's component need, or a master
 *                       schedule entry
 * @param startedReceipts per catalogue item and bucket, whether a work order already in progress is due then (null rows
 *                       for items without one): the run never proposes cancelling such a receipt
 *
 * <p>Public because the runner's transactional save takes it: Weld left that method unintercepted (no transaction) while
 * this record was package-private.
 */
public record MrpModel(PlanningCalendar calendar, String[] itemIds, String[] itemCodes, boolean[] buy, String[] configurations,
                PlanningItem[] items, BillOfMaterials bom, IndependentDemand demand, List<DemandLine> demandLines, boolean[][] startedReceipts) {

    /** Whether the item's receipts in the bucket include a started work order's. */
    public boolean startedReceipt(int item, int bucket) {
        return item < startedReceipts.length && startedReceipts[item] != null && bucket >= 0 && bucket < startedReceipts[item].length
                && startedReceipts[item][bucket];
    }

    public record DemandLine(String salesOrderId, String salesOrderLineId, String workOrderId, String masterScheduleEntryId) {
    }
}
