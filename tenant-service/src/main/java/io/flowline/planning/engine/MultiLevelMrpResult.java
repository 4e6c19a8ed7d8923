package io.flowline.planning.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Outcome of a multi-level MRP run: each item's record, the planned orders and their pegging. The order
 * and peg arrays may be longer than their counts (the run's growing arrays, not trimmed copies).
 */
public final class MultiLevelMrpResult {

    private final int[] lowLevelCode;
    private final IntFunction<MrpRecord> records;
    private final int plannedOrderCount;
    private final int[] orderItem;
    private final int[] orderReceipt;
    private final int[] orderRelease;
    private final double[] orderQuantity;
    private final int[] itemFirstOrder;
    private final int[] itemOrderCount;
    private final int[] pegStart;
    private final int[] pegSource;
    private final double[] pegQuantity;

    MultiLevelMrpResult(int[] lowLevelCode, IntFunction<MrpRecord> records, int plannedOrderCount, int[] orderItem,
                        int[] orderReceipt, int[] orderRelease, double[] orderQuantity, int[] itemFirstOrder,
                        int[] itemOrderCount, int[] pegStart, int[] pegSource, double[] pegQuantity) {
        this.lowLevelCode = lowLevelCode;
        this.records = records;
        this.plannedOrderCount = plannedOrderCount;
        this.orderItem = orderItem;
        this.orderReceipt = orderReceipt;
        this.orderRelease = orderRelease;
        this.orderQuantity = orderQuantity;
        this.itemFirstOrder = itemFirstOrder;
        this.itemOrderCount = itemOrderCount;
        this.pegStart = pegStart;
        this.pegSource = pegSource;
        this.pegQuantity = pegQuantity;
    }

    /** Deepest bill-of-materials level the item occurs at (0 = end item). */
    public int lowLevelCode(int item) {
        return lowLevelCode[item];
    }

    /**
     * The item's time-phased record. The run keeps only the planned orders: each call derives the
     * record from them again (reading the items' scheduled receipt arrays, which must not have been
     * changed since the run), so the caller may keep or change what it gets.
     */
    public MrpRecord record(int item) {
        Objects.checkIndex(item, lowLevelCode.length);
        return records.apply(item);
    }

    public int plannedOrderCount() {
        return plannedOrderCount;
    }

    public MrpPlannedOrder plannedOrder(int index) {
        Objects.checkIndex(index, plannedOrderCount);
        return new MrpPlannedOrder(index, orderItem[index], orderReceipt[index], orderRelease[index], orderQuantity[index]);
    }

    /** The item's planned orders in due-period order. */
    public List<MrpPlannedOrder> plannedOrders(int item) {
        List<MrpPlannedOrder> orders = new ArrayList<>(itemOrderCount[item]);
        for (int o = itemFirstOrder[item]; o < itemFirstOrder[item] + itemOrderCount[item]; o++) {
            orders.add(plannedOrder(o));
        }
        return orders;
    }

    /** The requirements the planned order covers, earliest first. */
    public List<Peg> pegs(int order) {
        List<Peg> pegs = new ArrayList<>(pegStart[order + 1] - pegStart[order]);
        for (int p = pegStart[order]; p < pegStart[order + 1]; p++) {
            int source = pegSource[p];
            Peg.Source kind = (source & 1) == 0 ? Peg.Source.INDEPENDENT_DEMAND : Peg.Source.PARENT_ORDER;
            pegs.add(new Peg(kind, source >>> 1, pegQuantity[p]));
        }
        return pegs;
    }
}
