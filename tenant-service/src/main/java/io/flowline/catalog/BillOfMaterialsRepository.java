package io.flowline.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.flowline.catalog.engine.BomLine;
import jakarta.persistence.EntityManager;

/** The bill-of-materials lines of the entity manager's tenant: items' base bills and their options' lines. */
final class BillOfMaterialsRepository {
    private final EntityManager em;

    private BillOfMaterialsRepository(EntityManager em) {
        this.em = em;
    }

    static BillOfMaterialsRepository in(EntityManager em) {
        return new BillOfMaterialsRepository(em);
    }

    /** The base lines (no option's) of these parents, by parent and line number. */
    List<BillOfMaterialsLine> baseLinesOf(Collection<String> parentIds) {
        return BomLines.chunked(parentIds, chunk -> em.createNamedQuery("BillOfMaterialsLine.baseOfParents", BillOfMaterialsLine.class)
                .setParameter("parents", chunk).getResultList());
    }

    /** Every line of these parents, their options' too, by parent and line number. */
    List<BillOfMaterialsLine> linesOf(Collection<String> parentIds) {
        return BomLines.chunked(parentIds, chunk -> em.createNamedQuery("BillOfMaterialsLine.ofParents", BillOfMaterialsLine.class)
                .setParameter("parents", chunk).getResultList());
    }

    /** Every line using these components, options' lines too, by parent and line number. */
    List<BillOfMaterialsLine> linesUsing(Collection<String> componentIds) {
        return BomLines.chunked(componentIds, chunk -> em.createNamedQuery("BillOfMaterialsLine.ofComponents", BillOfMaterialsLine.class)
                .setParameter("components", chunk).getResultList());
    }

    /** The lines of the parent's product options, by line number. */
    List<BillOfMaterialsLine> optionLines(String parentId) {
        return em.createNamedQuery("BillOfMaterialsLine.optionLines", BillOfMaterialsLine.class).setParameter("parent", parentId).getResultList();
    }

    /** The routing operations the parent's lines are consumed at. */
    Set<Integer> operationsNamed(String parentId) {
        return new TreeSet<>(em.createNamedQuery("BillOfMaterialsLine.operationsNamed", Integer.class).setParameter("parent", parentId)
                .getResultList());
    }

    /** Every base line (no option's) as engines take it, in no order; read as a projection, as a catalogue has many thousands. */
    List<BomLine> allBase() {
        return em.createNamedQuery("BillOfMaterialsLine.allBase", Object[].class).getResultStream()
                .map(r -> new BomLine((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (BigDecimal) r[4], (Integer) r[5]))
                .toList();
    }

    /** Every base line named by its parent's and component's codes, by parent code and line number. */
    List<Manufacturing.CodedLine> allBaseByCode() {
        return em.createNamedQuery("BillOfMaterialsLine.allBaseByCode", Object[].class).getResultStream()
                .map(r -> new Manufacturing.CodedLine((String) r[0], (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3], (Integer) r[4]))
                .toList();
    }

    void save(BillOfMaterialsLine line) {
        em.persist(line);
    }

    void remove(BillOfMaterialsLine line) {
        em.remove(line);
    }
}
