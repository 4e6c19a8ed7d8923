package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.catalog.engine.BomLine;
import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A component line: of the item's base bill when {@code optionId} is null, else of that product option. */
@Entity
@NamedQueries({
        @NamedQuery(name = "BillOfMaterialsLine.baseOfParents", query = "SELECT l FROM BillOfMaterialsLine l WHERE l.parentId IN :parents AND l.optionId IS NULL ORDER BY l.parentId, l.lineNumber"),
        @NamedQuery(name = "BillOfMaterialsLine.ofParents", query = "SELECT l FROM BillOfMaterialsLine l WHERE l.parentId IN :parents ORDER BY l.parentId, l.lineNumber"),
        @NamedQuery(name = "BillOfMaterialsLine.ofComponents", query = "SELECT l FROM BillOfMaterialsLine l WHERE l.componentId IN :components ORDER BY l.parentId, l.lineNumber"),
        @NamedQuery(name = "BillOfMaterialsLine.optionLines", query = "SELECT l FROM BillOfMaterialsLine l WHERE l.parentId = :parent AND l.optionId IS NOT NULL ORDER BY l.lineNumber"),
        @NamedQuery(name = "BillOfMaterialsLine.operationsNamed", query = "SELECT l.operationSequence FROM BillOfMaterialsLine l WHERE l.parentId = :parent AND l.operationSequence IS NOT NULL"),
        @NamedQuery(name = "BillOfMaterialsLine.allBase", query = "SELECT l.id, l.parentId, l.componentId, l.quantityPer, l.scrapFactor, l.operationSequence"
                + " FROM BillOfMaterialsLine l WHERE l.optionId IS NULL"),
        @NamedQuery(name = "BillOfMaterialsLine.allBaseByCode", query = "SELECT p.code, c.code, l.quantityPer, l.scrapFactor, l.operationSequence"
                + " FROM BillOfMaterialsLine l, Item p, Item c WHERE l.optionId IS NULL AND p.id = l.parentId AND c.id = l.componentId"
                + " ORDER BY p.code, l.lineNumber")
})
@Table(name = "bom_lines")
public class BillOfMaterialsLine extends TenantOwned {
    @Column(name = "parent_id")
    private String parentId;
    @Column(name = "option_id")
    private String optionId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "component_id")
    private String componentId;
    @Column(name = "quantity_per")
    private BigDecimal quantityPer;
    @Column(name = "scrap_factor")
    private BigDecimal scrapFactor;
    @Column(name = "operation_sequence")
    private Integer operationSequence;

    protected BillOfMaterialsLine() {
    }

    BillOfMaterialsLine(String id, String parentId, String optionId, int lineNumber, String componentId, BigDecimal quantityPer,
                        BigDecimal scrapFactor, Integer operationSequence, Instant now) {
        super(id, now);
        this.parentId = parentId;
        this.optionId = optionId;
        this.lineNumber = lineNumber;
        this.componentId = componentId;
        this.quantityPer = quantityPer;
        this.scrapFactor = scrapFactor;
        this.operationSequence = operationSequence;
    }

    public String parentId() { return parentId; }
    public String optionId() { return optionId; }
    public int lineNumber() { return lineNumber; }
    public String componentId() { return componentId; }
    public BigDecimal quantityPer() { return quantityPer; }
    public BigDecimal scrapFactor() { return scrapFactor; }
    public Integer operationSequence() { return operationSequence; }

    /** The line as the engine sees it, referenced by its id. */
    public BomLine toEngine() {
        return new BomLine(id(), parentId, componentId, quantityPer, scrapFactor, operationSequence);
    }
}
