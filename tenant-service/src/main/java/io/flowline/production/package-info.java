/**
 * Production: work orders, released from planned orders or entered by hand, numbered, and moved along their states.
 * It may use the catalog, orders, stock and the platform; planning releases into it, so it never uses planning.
 * <p>
 * Work orders are stored through {@code WorkOrderRepository} (one repository per aggregate, named
 * {@code <Aggregate>Repository}, with its static JPQL named on the entity as {@code WorkOrder.purpose}); the service takes
 * {@link io.flowline.production.WorkOrderService.Draft} and {@link io.flowline.production.WorkOrderChanges}.
 */
package io.flowline.production;
