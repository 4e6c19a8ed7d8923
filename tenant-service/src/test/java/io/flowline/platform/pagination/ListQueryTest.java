package io.flowline.platform.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.persistence.Entity;

class ListQueryTest {
    private static final String AFTER = "itm_01JQ3Z6Y4M000000000000000A";
    private static final PageRequest FIRST = new PageRequest(20, null);
    private static final PageRequest NEXT = new PageRequest(20, AFTER);

    static class Item {
    }

    /**
     * Only a name for ListQuery's FROM (it reads {@code @Entity(name)}): a test class, in no persistence unit and never
     * stored, so it needs no tenant column; the real SalesOrder is {@code @Multitenant} like every tenant-owned entity.
     */
    @Entity(name = "SalesOrder")
    static class OrderEntity {
    }

    @Test
    void firstPageOfEverythingIsOrderedByIdWithNoCondition() {
        ListQuery<Item> query = ListQuery.of(Item.class, "i");
        assertEquals("SELECT i FROM Item i ORDER BY i.id", query.jpql(FIRST));
        assertEquals(Map.of(), query.parameters(FIRST));
    }

    @Test
    void laterPageStartsAfterTheCursor() {
        ListQuery<Item> query = ListQuery.of(Item.class, "i");
        assertEquals("SELECT i FROM Item i WHERE i.id > :after ORDER BY i.id", query.jpql(NEXT));
        assertEquals(Map.of("after", AFTER), query.parameters(NEXT));
    }

    @Test
    void newestFirstPagesBackwards() {
        ListQuery<Item> query = ListQuery.of(Item.class, "e").newestFirst();
        assertEquals("SELECT e FROM Item e ORDER BY e.id DESC", query.jpql(FIRST));
        assertEquals("SELECT e FROM Item e WHERE e.id < :after ORDER BY e.id DESC", query.jpql(NEXT));
    }

    @Test
    void filtersGivenAreBoundInOrderAndThoseNotGivenLeftOut() {
        ListQuery<Item> query = ListQuery.of(Item.class, "w").filter("w.status = :status", "status", "open")
                .filter("w.itemId = :item", "item", null).filter("w.salesOrderId = :order", "order", "ord_1");
        assertEquals("SELECT w FROM Item w WHERE w.id > :after AND w.status = :status AND w.salesOrderId = :order ORDER BY w.id",
                query.jpql(NEXT));
        assertEquals(List.of("after", "status", "order"), List.copyOf(query.parameters(NEXT).keySet()));
        assertEquals(Map.of("after", AFTER, "status", "open", "order", "ord_1"), query.parameters(NEXT));
    }

    @Test
    void whereAppliesAlwaysAndRequiresItsValue() {
        ListQuery<Item> query = ListQuery.of(Item.class, "l").where("l.countId = :count", "count", "cnt_1").where("l.counted IS NULL");
        assertEquals("SELECT l FROM Item l WHERE l.countId = :count AND l.counted IS NULL ORDER BY l.id", query.jpql(FIRST));
        assertEquals(Map.of("count", "cnt_1"), query.parameters(FIRST));
        assertThrows(IllegalArgumentException.class, () -> ListQuery.of(Item.class, "l").where("l.countId = :count", "count", null));
    }

    @Test
    void containsSearchesEveryPathIgnoringCaseWithTheWildcardsEscaped() {
        ListQuery<Item> query = ListQuery.of(Item.class, "c").whereContains("  50%_Off! ", "c.name", "c.number");
        assertEquals("SELECT c FROM Item c WHERE (LOWER(c.name) LIKE :contains ESCAPE '!' OR LOWER(c.number) LIKE :contains ESCAPE '!')"
                + " ORDER BY c.id", query.jpql(FIRST));
        assertEquals(Map.of("contains", "%50!%!_off!!%"), query.parameters(FIRST));
    }

    @Test
    void blankContainsIsNoFilter() {
        assertEquals("SELECT c FROM Item c ORDER BY c.id", ListQuery.of(Item.class, "c").whereContains(" ", "c.name").jpql(FIRST));
        assertEquals("SELECT c FROM Item c ORDER BY c.id", ListQuery.of(Item.class, "c").whereContains(null, "c.name").jpql(FIRST));
    }

    @Test
    void theEntityNameIsTheOneItDeclares() {
        assertEquals("SELECT o FROM SalesOrder o ORDER BY o.id", ListQuery.of(OrderEntity.class, "o").jpql(FIRST));
    }

    @Test
    void aParameterIsNamedInItsConditionAndBoundOnce() {
        assertThrows(IllegalArgumentException.class, () -> ListQuery.of(Item.class, "i").filter("i.kind = :kinds", "kind", "make"));
        assertThrows(IllegalArgumentException.class, () -> ListQuery.of(Item.class, "i").filter("i.id > :after", "after", "x"));
        assertThrows(IllegalArgumentException.class, () -> ListQuery.of(Item.class, "i").filter("i.kind = :kind", "kind", "make")
                .filter("i.kind <> :kind", "kind", "buy"));
        assertThrows(IllegalArgumentException.class, () -> ListQuery.of(Item.class, "i x"));
    }
}
