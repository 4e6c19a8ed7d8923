package io.flowline.purchasing;

import io.flowline.stock.PostalAddress;

/** A supplier to add; without a currency it quotes in the company's. */
public record NewSupplier(String code, String name, String email, String phone, PostalAddress address, String currency,
                          Integer defaultLeadTimeDays) {
}
