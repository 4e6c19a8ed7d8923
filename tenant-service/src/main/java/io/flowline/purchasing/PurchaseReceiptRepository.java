package io.flowline.purchasing;

import java.util.List;

import jakarta.persistence.EntityManager;

/** The receipts against purchase orders in the entity manager's tenant, with their lines. */
final class PurchaseReceiptRepository {
    private final EntityManager em;

    private PurchaseReceiptRepository(EntityManager em) {
        this.em = em;
    }

    static PurchaseReceiptRepository in(EntityManager em) {
        return new PurchaseReceiptRepository(em);
    }

    List<PurchaseReceipt> ofOrder(String orderId) {
        return em.createNamedQuery("PurchaseReceipt.ofOrder", PurchaseReceipt.class).setParameter("order", orderId).getResultList();
    }

    List<PurchaseReceiptLine> lines(List<String> receiptIds) {
        return em.createNamedQuery("PurchaseReceiptLine.ofReceipts", PurchaseReceiptLine.class).setParameter("receipts", receiptIds)
                .getResultList();
    }

    /** How many receipt lines an order line has had. */
    long receivedLines(String orderLineId) {
        return em.createNamedQuery("PurchaseReceiptLine.countOfLine", Long.class).setParameter("line", orderLineId).getSingleResult();
    }

    void add(PurchaseReceipt receipt) {
        em.persist(receipt);
    }

    void add(PurchaseReceiptLine line) {
        em.persist(line);
    }
}
