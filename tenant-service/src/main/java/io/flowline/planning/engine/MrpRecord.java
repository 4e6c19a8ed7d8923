package io.flowline.planning.engine;

import java.util.List;

/**
 * The time-phased MRP record of one item.
 *
 * @param grossRequirements      demand per period
 * @param scheduledReceipts      open orders due per period
 * @param projectedAvailable     stock at the end of each period after all receipts
 * @param netRequirements        max(0, gross + safety stock - (projected available before + scheduled receipts))
 * @param plannedOrderReceipts   planned orders by due period
 * @param plannedOrderReleases   planned orders by release period (due period minus lead time, at least 0)
 * @param exceptions             action messages
 */
public record MrpRecord(double[] grossRequirements, double[] scheduledReceipts, double[] projectedAvailable,
                        double[] netRequirements, double[] plannedOrderReceipts, double[] plannedOrderReleases,
                        List<MrpException> exceptions) {
}
