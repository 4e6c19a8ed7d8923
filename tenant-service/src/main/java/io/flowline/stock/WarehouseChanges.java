package io.flowline.stock;

/** What changes of a warehouse; null leaves a field as it is. */
public record WarehouseChanges(String name, PostalAddress address) {
}
