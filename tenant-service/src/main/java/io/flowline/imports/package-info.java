/**
 * Importing a company's data from spreadsheets: items, bills of materials, work centres and customers, each
 * as a job that checks every row before it writes any. It may use the catalog, orders and stock through their services,
 * and the platform. A row is read straight into the command its module's service takes ({@code catalog.NewItem},
 * {@code orders.NewCustomer}, ...) and checked by that command's constraints, which are the API's; only {@code imports.rest}
 * knows the wire. Its own queries are named queries run by {@code ImportJobRepository} (repositories are named
 * {@code <Aggregate>Repository}, and read through the entity manager they are given).
 */
package io.flowline.imports;
