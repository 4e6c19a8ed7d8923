package io.flowline.planning.engine;

import java.util.List;

/**
 * A released or planned work order to load onto work centres.
 *
 * @param bucket     period the order is produced in; all its operations load this bucket
 * @param quantity   quantity to produce
 * @param operations the item's routing
 */
public record CapacityOrder(int bucket, double quantity, List<CapacityOperation> operations) {

    public CapacityOrder {
        if (bucket < 0 || quantity < 0) {
            throw new IllegalArgumentException("bucket and quantity must not be negative");
        }
        operations = List.copyOf(operations);
    }
}
