package io.flowline.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** The product options of the entity manager's tenant: each item's option groups and their options (their lines are bills'). */
final class ProductOptionRepository {
    private final EntityManager em;

    private ProductOptionRepository(EntityManager em) {
        this.em = em;
    }

    static ProductOptionRepository in(EntityManager em) {
        return new ProductOptionRepository(em);
    }

    /** The item's option groups in order. */
    List<OptionGroup> groups(String itemId) {
        return em.createNamedQuery("OptionGroup.ofItem", OptionGroup.class).setParameter("item", itemId).getResultList();
    }

    /** The item's options in order. */
    List<ProductOption> options(String itemId) {
        return em.createNamedQuery("ProductOption.ofItem", ProductOption.class).setParameter("item", itemId).getResultList();
    }

    /** Options by id, unknown ids left out. */
    Map<String, ProductOption> optionsById(Collection<String> ids) {
        Map<String, ProductOption> options = new LinkedHashMap<>();
        BomLines.chunked(ids, chunk -> em.createNamedQuery("ProductOption.byIds", ProductOption.class).setParameter("ids", chunk).getResultList())
                .forEach(o -> options.put(o.id(), o));
        return options;
    }

    /** Option groups by id, unknown ids left out. */
    Map<String, OptionGroup> groupsById(Collection<String> ids) {
        Map<String, OptionGroup> groups = new LinkedHashMap<>();
        BomLines.chunked(ids, chunk -> em.createNamedQuery("OptionGroup.byIds", OptionGroup.class).setParameter("ids", chunk).getResultList())
                .forEach(g -> groups.put(g.id(), g));
        return groups;
    }

    void save(OptionGroup group) {
        em.persist(group);
    }

    void save(ProductOption option) {
        em.persist(option);
    }

    /** Removes the item's option groups and options. */
    void removeAll(String itemId) {
        options(itemId).forEach(em::remove);
        groups(itemId).forEach(em::remove);
    }
}
