package io.flowline.planning.engine;

/**
 * Bill-of-materials lines as parallel arrays: line l says that one unit of {@code parent[l]} needs
 * {@code quantityPer[l]} of {@code component[l]}, plus the fraction {@code scrapFactor[l]} expected
 * to be scrapped (0.05 = 5 % extra).
 */
public record BillOfMaterials(int[] parent, int[] component, double[] quantityPer, double[] scrapFactor) {

    public BillOfMaterials {
        int lines = parent.length;
        if (component.length != lines || quantityPer.length != lines || scrapFactor.length != lines) {
            throw new IllegalArgumentException("bill-of-materials arrays must have the same length");
        }
        for (int l = 0; l < lines; l++) {
            if (quantityPer[l] < 0 || scrapFactor[l] < 0) {
                throw new IllegalArgumentException("quantity per and scrap factor must not be negative (line " + l + ")");
            }
        }
    }

    public int lines() {
        return parent.length;
    }

    /**
     * Component quantity for one unit of the parent: quantity per x (1 + scrap factor). The APICS
     * Dictionary defines the scrap factor as a percentage used to increase gross requirements for
     * anticipated loss; applying it multiplicatively is also SAP's "component scrap" convention.
     */
    public double requirementPerParentUnit(int line) {
        return quantityPer[line] * (1 + scrapFactor[line]);
    }
}
