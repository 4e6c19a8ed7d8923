package io.flowline.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import io.flowline.catalog.engine.BomLine;
import jakarta.persistence.EntityManager;

/**
 * What other modules read of how items are made: the base bills, the routings and the work centres, as values they hold
 * but never query themselves (planning's MRP and capacity checks, an import's codes and an export's rows). Each read is
 * one query, or one per 500 ids, however large the catalogue: planning reads a whole company's bills in one go. Like
 * {@link ItemCatalog}, it reads through the entity manager it is given.
 */
public interface Manufacturing {

    /** How items are made as seen through {@code em}: that entity manager's tenant and persistence context. */
    static Manufacturing in(EntityManager em) {
        return new Reads(em);
    }

    /** Every work centre, archived ones too, by code; read-only. */
    List<WorkCenter> workCenters();

    /** The routing operations of these items, in no order; read-only. */
    List<RoutingOperation> operationsOf(Collection<String> itemIds);

    /** Every base line of every bill (no product option's), as the engines take them, in no order. */
    List<BomLine> baseLines();

    /** A base line named by codes, as an export writes it. */
    record CodedLine(String parentCode, String componentCode, BigDecimal quantityPer, BigDecimal scrapFactor, Integer operationSequence) {
    }

    /** Every base line by its parent's and component's codes, by parent code and line number. */
    List<CodedLine> baseLinesByCode();

    /** The catalog's repositories behind the interface. */
    final class Reads implements Manufacturing {
        private final EntityManager em;

        private Reads(EntityManager em) {
            this.em = em;
        }

        @Override
        public List<WorkCenter> workCenters() {
            return WorkCenterRepository.in(em).allByCode();
        }

        @Override
        public List<RoutingOperation> operationsOf(Collection<String> itemIds) {
            return RoutingRepository.in(em).operationsOf(itemIds);
        }

        @Override
        public List<BomLine> baseLines() {
            return BillOfMaterialsRepository.in(em).allBase();
        }

        @Override
        public List<CodedLine> baseLinesByCode() {
            return BillOfMaterialsRepository.in(em).allBaseByCode();
        }
    }
}
