/**
 * Planning: the master schedule, MRP runs and their planned orders, capacity requirements and delivery promises.
 * It may use the catalog, orders, stock, purchasing and production, whose work and purchase orders are its scheduled
 * receipts and the targets of its releases; nothing but the demo depends on it.
 */
package io.flowline.planning;
