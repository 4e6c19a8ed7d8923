package io.flowline.production.rest;

import static io.flowline.platform.json.Decimals.plain;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.flowline.api.production.LotGenealogy;
import io.flowline.api.production.LotGenealogyApi;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.production.GenealogyLink;
import io.flowline.production.LotGenealogyService;
import io.flowline.stock.Lot;
import io.flowline.stock.LotService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(LotGenealogyApi.PATH)
@ModuleRequired(Module.PRODUCTION)
@RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class LotGenealogyResource implements LotGenealogyApi {
    @Inject
    LotGenealogyService genealogy;

    @Inject
    LotService lots;

    @Override
    public Response genealogy(String id) {
        LotGenealogyService.Genealogy found = genealogy.of(id);
        Map<String, Lot> named = lots.byId(Stream.concat(found.components().stream().map(GenealogyLink::componentLotId),
                found.usedIn().stream().map(GenealogyLink::outputLotId)).distinct().toList());
        List<LotGenealogy.Link> components = found.components().stream().map(g -> link(named.get(g.componentLotId()), g.componentLotId(),
                g.componentItemId(), g)).toList();
        List<LotGenealogy.Link> usedIn = found.usedIn().stream().map(g -> link(named.get(g.outputLotId()), g.outputLotId(), g.outputItemId(), g))
                .toList();
        Lot lot = found.lot();
        return Response.ok(new LotGenealogy("lot_genealogy", lot.id(), lot.number(), lot.itemId(), components, usedIn)).build();
    }

    private static LotGenealogy.Link link(Lot lot, String lotId, String itemId, GenealogyLink g) {
        return new LotGenealogy.Link(lotId, lot == null ? null : lot.number(), itemId, plain(g.quantity()), g.workOrderId());
    }
}
