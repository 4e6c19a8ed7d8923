/**
 * Buying material: suppliers and their terms per item, purchase orders, receipts against them and replenishment
 * suggestions from reorder points. It may use stock (receipts post into the stock ledger, suggestions read stock levels),
 * the catalog and the platform.
 */
package io.flowline.purchasing;
