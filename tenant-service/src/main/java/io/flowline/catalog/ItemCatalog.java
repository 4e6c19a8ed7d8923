package io.flowline.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * What other modules read of the catalog's items: they name items by id and read them as values, never by querying
 * {@link Item} themselves. A catalog reads through the entity manager it is given, so a request reads the caller's items and
 * a job working for an explicit tenant (an import, another tenant's run) reads that tenant's, in the caller's transaction.
 */
public interface ItemCatalog {

    /** The catalog seen through {@code em}: that entity manager's tenant and persistence context. */
    static ItemCatalog in(EntityManager em) {
        return ItemRepository.in(em);
    }

    /** The item with this id; empty for an unknown id, another tenant's, or none. */
    Optional<Item> find(String id);

    /**
     * Locks the item's row until the transaction ends: writers of one item's own data elsewhere (its preferred supplier,
     * its forecast) take it first and so take turns. An unknown id locks nothing.
     */
    void lock(String id);

    /** Items by id, unknown ids left out; for naming items in lists and answers. */
    Map<String, Item> byId(Collection<String> ids);

    /** The codes of the items with these ids, for showing what other objects refer to. */
    Map<String, String> codes(Collection<String> ids);

    /** The columns of an item that an MRP run plans with. */
    record PlannedItem(String id, String code, MakeOrBuy makeOrBuy, int leadTimeDays, ItemLotSizingRule lotSizingRule,
                       BigDecimal fixedOrderQuantity, Integer orderPeriods, BigDecimal minimumOrderQuantity, BigDecimal orderMultiple,
                       BigDecimal safetyStock, BigDecimal standardCostAmount, BigDecimal holdingCostRate, BigDecimal orderingCostAmount,
                       String unit) {

        /** The item's unit with its precision, which planned quantities are rounded up to. */
        public UnitOfMeasure unitOfMeasure() {
            return UnitOfMeasure.of(unit);
        }
    }

    /** Every item MRP plans (all but services), in id order; read as a projection, as a catalogue has thousands of items. */
    List<PlannedItem> planned();

    /** Every item's id by its code: what an import matches a file's codes against. */
    Map<String, String> idsByCode();

    /** Whether there are no items at all (a new company's catalogue). */
    boolean isEmpty();

    /** Every item, by code (ids made in the same millisecond have no order): what an export lists. */
    List<Item> allByCode();

    /** The active items that are goods (not services), in id order; of {@code itemId} alone when it is given. */
    List<Item> activeGoods(String itemId);
}
