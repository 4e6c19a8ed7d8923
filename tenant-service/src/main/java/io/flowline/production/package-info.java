/**
 * Production: work orders, released from planned orders or entered by hand, numbered, and moved along their states
 * ({@link io.flowline.production.engine.WorkOrderLifecycle}); on the shop floor ({@link io.flowline.production.ShopFloorService})
 * their operations, copied from the item's routing at release, are started, paused, resumed, reported and completed
 * ({@link io.flowline.production.engine.OperationLifecycle}); the last operation's good output is received into stock through
 * the stock ledger (reference type {@code work_order}), after {@link io.flowline.production.OutputReported} has been fired for
 * backflush, and the output lot's genealogy is recorded from the issues posted to the work order.
 * It may use the catalog, orders (a work order's first start puts its customer order in production), stock and the platform;
 * planning releases into it, so it never uses planning.
 * <p>
 * Work orders, with their operations and interruptions, are stored through {@code WorkOrderRepository} and the lot
 * genealogy through {@code GenealogyLinkRepository} (one repository per aggregate, named
 * {@code <Aggregate>Repository}, with its static JPQL named on the entity as {@code WorkOrder.purpose}); the service takes
 * {@link io.flowline.production.WorkOrderService.Draft} and {@link io.flowline.production.WorkOrderChanges}.
 * <p>
 * Materials ({@link io.flowline.production.WorkOrderMaterials}): at release a work order's material list is made from the bill of
 * materials (of its configuration, for a configurable item) and what stock is there is reserved through the stock ledger with
 * reference type {@code work_order}; the material slip suggests picks first-expired-first-out, then first-in-first-out
 * ({@code engine.MaterialPicking}) and prints as PDF ({@link io.flowline.production.MaterialSlipPdf}); issues and backflush
 * (on {@link io.flowline.production.OutputReported}) post ISSUE movements referring to the work order. A component not on the
 * list is refused, not issued as an extra.
 */
package io.flowline.production;
