/**
 * Importing a company's data from spreadsheets: items, bills of materials, work centres and customers, each
 * as a job that checks every row before it writes any. It may use the catalog, orders and stock through their services,
 * and the platform.
 */
package io.flowline.imports;
