package io.flowline.stock;

/** A warehouse to open; the address is optional. */
public record NewWarehouse(String code, String name, PostalAddress address) {
}
