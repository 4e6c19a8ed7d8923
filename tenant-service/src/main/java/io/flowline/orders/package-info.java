/**
 * Sales orders from intake to delivery: customers, order lines, numbering, the configurable workflow, the
 * timeline, tracking tokens and statistics. It may use the catalog and the platform; the promised date it needs from
 * planning comes through {@link io.flowline.orders.DeliveryPromises}, which it declares and planning implements.
 * <p>
 * Each aggregate has one repository, named {@code <Aggregate>Repository} ({@link io.flowline.orders.CustomerRepository},
 * {@link io.flowline.orders.SalesOrderRepository}, which also keeps an order's lines and timeline) and built with
 * {@code in(entityManager)}, so a job for an explicit tenant reads through the entity manager it has. Static JPQL is a
 * {@code @NamedQuery} on the entity, named {@code Entity.purpose}; filtered lists go through ListQuery. Services take the
 * module's commands ({@link io.flowline.orders.NewCustomer}, {@link io.flowline.orders.NewOrder}, ...), never API records.
 */
package io.flowline.orders;
