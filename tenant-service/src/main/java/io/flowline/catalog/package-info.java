/**
 * The catalog: items with their kinds, lot-sizing rules and product options, bills of materials, routings and
 * work centres with their working weeks. It is the bottom of the module order and may use only the platform; every
 * other module reads items through it.
 */
package io.flowline.catalog;
