/**
 * Human numbers such as {@code SO-2026-00042}: per-tenant formats and gap-free series for orders, customers,
 * purchase orders and work orders. It may use the rest of the platform, no module.
 */
package io.flowline.platform.numbering;
