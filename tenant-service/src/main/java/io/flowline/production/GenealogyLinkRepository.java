package io.flowline.production;

import java.util.List;

import jakarta.persistence.EntityManager;

/** The stored lot genealogy of the entity manager's tenant. */
final class GenealogyLinkRepository {
    private final EntityManager em;

    private GenealogyLinkRepository(EntityManager em) {
        this.em = em;
    }

    static GenealogyLinkRepository in(EntityManager em) {
        return new GenealogyLinkRepository(em);
    }

    void add(GenealogyLink link) {
        em.persist(link);
    }

    /** The links a work order recorded for one output lot. */
    List<GenealogyLink> of(String workOrderId, String outputLotId) {
        return em.createNamedQuery("GenealogyLink.ofWorkOrder", GenealogyLink.class).setParameter("order", workOrderId)
                .setParameter("lot", outputLotId).getResultList();
    }

    /** What went into the lot (backward). */
    List<GenealogyLink> components(String lotId) {
        return em.createNamedQuery("GenealogyLink.components", GenealogyLink.class).setParameter("lot", lotId).getResultList();
    }

    /** What the lot went into (forward). */
    List<GenealogyLink> usedIn(String lotId) {
        return em.createNamedQuery("GenealogyLink.usedIn", GenealogyLink.class).setParameter("lot", lotId).getResultList();
    }
}
