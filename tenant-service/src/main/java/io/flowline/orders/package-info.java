/**
 * Sales orders from intake to delivery: customers, order lines, numbering, the configurable workflow, the
 * timeline, tracking tokens, statistics, and the stock behind the lines. It may use the catalog, stock and the platform; the
 * promised date it needs from planning comes through {@link io.flowline.orders.DeliveryPromises}, which it declares and
 * planning implements. It never uses production: a work order's output reaches an order as stock received through the ledger,
 * which announces it ({@link io.flowline.stock.StockReceived}) and {@link io.flowline.orders.OrderFulfilment} reserves it.
 * <p>
 * Stock through {@link io.flowline.orders.OrderFulfilment}: confirming reserves what is available for each line (reference type
 * {@code order_line}, the line's id), receipts top reservations up earliest promised date first, ship issues them (reference
 * type {@code sales_order}, the order's id), cancel releases them; {@link io.flowline.orders.OrderReturns} receives goods back
 * into quarantined lots.
 * <p>
 * Each aggregate has one repository, named {@code <Aggregate>Repository} ({@link io.flowline.orders.CustomerRepository},
 * {@link io.flowline.orders.SalesOrderRepository}, which also keeps an order's lines and timeline) and built with
 * {@code in(entityManager)}, so a job for an explicit tenant reads through the entity manager it has. Static JPQL is a
 * {@code @NamedQuery} on the entity, named {@code Entity.purpose}; filtered lists go through ListQuery. Services take the
 * module's commands ({@link io.flowline.orders.NewCustomer}, {@link io.flowline.orders.NewOrder}, ...), never API records.
 */
package io.flowline.orders;
