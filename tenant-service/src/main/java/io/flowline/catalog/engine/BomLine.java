package io.flowline.catalog.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a bill of materials: one unit of {@code parent} needs {@code quantityPer} of
 * {@code component}, plus the fraction {@code scrapFactor} expected to be lost (0.05 = 5 % extra).
 *
 * @param reference         the caller's name for the line (a row id, or {@code lines[2]} for a line not yet saved), returned unchanged
 * @param operationSequence the routing operation that consumes the component, or null when none is named
 */
public record BomLine(String reference, String parent, String component, BigDecimal quantityPer, BigDecimal scrapFactor,
                      Integer operationSequence) {

    public BomLine {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(quantityPer, "quantityPer");
        scrapFactor = scrapFactor == null ? BigDecimal.ZERO : scrapFactor;
        if (quantityPer.signum() < 0 || scrapFactor.signum() < 0 || scrapFactor.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("quantity per must not be negative and the scrap factor must be in [0, 1): " + reference);
        }
    }

    /**
     * Component quantity for one unit of the parent: quantity per x (1 + scrap factor), the convention
     * of the planning engine's {@code BillOfMaterials.requirementPerParentUnit} (APICS scrap factor,
     * SAP component scrap), so an explosion here and an MRP run there agree.
     */
    public BigDecimal requirementPerParentUnit() {
        return quantityPer.multiply(BigDecimal.ONE.add(scrapFactor));
    }
}
