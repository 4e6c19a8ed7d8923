package io.flowline.production.rest;

import io.flowline.api.production.MaterialIssue;
import io.flowline.api.production.MaterialPick;
import io.flowline.api.production.MaterialSlipLine;
import io.flowline.production.MaterialSlip;
import io.flowline.production.WorkOrderMaterialIssue;
import io.flowline.production.engine.MaterialPicking;

/** Maps a work order's material slip and issues to the records of the public API. */
final class MaterialRepresentations {
    private MaterialRepresentations() {
    }

    static io.flowline.api.production.MaterialSlip slip(MaterialSlip slip) {
        return new io.flowline.api.production.MaterialSlip("material_slip", slip.order().id(), slip.order().number(), slip.order().status().apiName(),
                slip.order().itemId(), slip.item() == null ? null : slip.item().code(), slip.order().quantity(), slip.configuration(), slip.language(),
                slip.hasShortage(), slip.lines().stream().map(MaterialRepresentations::line).toList());
    }

    private static MaterialSlipLine line(MaterialSlip.Line line) {
        var m = line.material();
        return new MaterialSlipLine(m.lineNumber(), m.itemId(), line.component() == null ? null : line.component().code(),
                line.component() == null ? null : line.component().name(), m.unit(), MaterialPicking.tidy(m.quantityPer()),
                MaterialPicking.tidy(m.scrapFactor()), MaterialPicking.tidy(m.requiredQuantity()), MaterialPicking.tidy(m.issuedQuantity()),
                MaterialPicking.tidy(m.remainingQuantity()), line.reserved(), line.shortQuantity(), m.backflush(), m.reservationId(),
                line.picks().stream().map(p -> new MaterialPick(p.warehouseId(), p.warehouseCode(), p.locationId(), p.locationCode(), p.lotId(),
                        p.lotNumber(), p.expiryDate(), p.quantity(), p.available())).toList());
    }

    static MaterialIssue issue(WorkOrderMaterialIssue i) {
        return new MaterialIssue(i.id(), "material_issue", i.workOrderId(), i.itemId(), MaterialPicking.tidy(i.quantity()), i.unit(), i.warehouseId(),
                i.locationId(), i.lotId(), i.postingId(), i.backflush(), i.createdAt());
    }
}
