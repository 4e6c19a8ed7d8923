/**
 * Importing a company's data from spreadsheets: items, bills of materials, work centres and customers, each
 * as a job that checks every row before it writes any. It may use the catalog, orders and stock through their services,
 * and the platform. Its own queries are named queries run by {@code ImportJobRepository} (repositories are named
 * {@code <Aggregate>Repository}, and read through the entity manager they are given).
 */
package io.flowline.imports;
