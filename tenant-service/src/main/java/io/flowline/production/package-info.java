/**
 * Production: work orders, released from planned orders or entered by hand, numbered, and moved along their states.
 * It may use the catalog, orders, stock and the platform; planning releases into it, so it never uses planning.
 */
package io.flowline.production;
