package io.flowline.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.Item;

/**
 * What the warehouse picks for a work order: per component what is required (with scrap), issued and still to issue, what
 * its reservation holds, where to take it from (FEFO, then FIFO) and what no stock covers. Written in {@code language}.
 */
public record MaterialSlip(WorkOrder order, Item item, Map<String, String> configuration, String language, List<Line> lines) {

    /** One component: {@code material} is the stored line (or, before release, the line the release would make). */
    public record Line(WorkOrderMaterial material, Item component, BigDecimal reserved, List<Pick> picks, BigDecimal shortQuantity) {
    }

    /** Take {@code quantity} from here; {@code available} is what the place holds for this work order. */
    public record Pick(String warehouseId, String warehouseCode, String locationId, String locationCode, String lotId, String lotNumber,
                       LocalDate expiryDate, BigDecimal quantity, BigDecimal available) {
    }

    /** Whether some component is short: stock does not cover what is still to issue. */
    public boolean hasShortage() {
        return lines.stream().anyMatch(l -> l.shortQuantity().signum() > 0);
    }
}
