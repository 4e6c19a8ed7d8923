package io.flowline.stock;

/** A storage location to add to a warehouse. */
public record NewStorageLocation(String code, String description) {
}
