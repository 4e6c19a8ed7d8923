package io.flowline.purchasing;

import io.flowline.stock.PostalAddress;

/** What changes of a supplier; null leaves a field as it is. */
public record SupplierChanges(String name, String email, String phone, PostalAddress address, String currency, Integer defaultLeadTimeDays) {
}
