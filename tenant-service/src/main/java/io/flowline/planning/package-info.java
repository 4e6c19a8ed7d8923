/**
 * Planning: the master schedule, MRP runs and their planned orders, capacity requirements and delivery promises.
 * It may use the catalog, orders, stock, purchasing and production, whose work and purchase orders are its scheduled
 * receipts and the targets of its releases; nothing but the demo depends on it.
 *
 * <p>Each aggregate is read and written through its repository, named {@code <Aggregate>Repository} ({@link
 * io.flowline.planning.MrpRunRepository}, {@link io.flowline.planning.PlannedOrderRepository}, {@link
 * io.flowline.planning.ItemPlanRepository}, {@link io.flowline.planning.MasterScheduleEntryRepository}), with its static
 * JPQL as named queries on the entity; the services hold the rules and take commands in the planner's words
 * ({@link io.flowline.planning.NewMasterScheduleEntry}, {@link io.flowline.planning.MasterScheduleEntryChanges}).
 */
package io.flowline.planning;
