package io.flowline.catalog;

import java.util.Optional;

import jakarta.persistence.EntityManager;

/** The versions of the items' bills, routings and option sets of the entity manager's tenant. */
final class ItemStructureRepository {
    private final EntityManager em;

    private ItemStructureRepository(EntityManager em) {
        this.em = em;
    }

    static ItemStructureRepository in(EntityManager em) {
        return new ItemStructureRepository(em);
    }

    Optional<ItemStructure> find(String itemId, ItemStructure.Part part) {
        return em.createNamedQuery("ItemStructure.ofPart", ItemStructure.class).setParameter("item", itemId).setParameter("part", part)
                .getResultList().stream().findFirst();
    }

    void save(ItemStructure structure) {
        em.persist(structure);
    }
}
