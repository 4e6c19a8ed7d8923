/**
 * Sales orders from intake to delivery: customers, order lines, numbering, the configurable workflow, the
 * timeline, tracking tokens and statistics. It may use the catalog and the platform; the promised date it needs from
 * planning comes through {@link io.flowline.orders.DeliveryPromises}, which it declares and planning implements.
 */
package io.flowline.orders;
