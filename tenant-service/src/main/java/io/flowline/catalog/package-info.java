/**
 * The catalog: items with their kinds, lot-sizing rules and product options, bills of materials, routings and
 * work centres with their working weeks. It is the bottom of the module order and may use only the platform; every
 * other module reads items through it.
 *
 * <p>Each aggregate has one repository named {@code <Aggregate>Repository} ({@code ItemRepository}, {@code WorkCenterRepository},
 * {@code BillOfMaterialsRepository}, ...), made over an entity manager with {@code in(em)}: a service passes its injected one,
 * work for an explicit tenant (an import) the one it opened. They are the catalog's own; other modules read items through
 * {@link io.flowline.catalog.ItemCatalog}, and bills, routings and work centres through {@link io.flowline.catalog.Manufacturing}. Static JPQL is a named query on
 * the entity ({@code Item.byCode}); filtered pages go through {@code ListQuery}. Services take commands in the catalog's
 * words ({@link io.flowline.catalog.NewItem}, {@link io.flowline.catalog.ItemChanges}, ...), which the rest package makes of
 * the API's requests.
 */
package io.flowline.catalog;
