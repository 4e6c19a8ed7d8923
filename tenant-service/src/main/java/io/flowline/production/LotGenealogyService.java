package io.flowline.production;

import java.util.List;

import io.flowline.stock.Lot;
import io.flowline.stock.LotService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Lot traceability: which component lots went into a lot (backward), and which lots it went into (forward). */
@ApplicationScoped
public class LotGenealogyService {
    @Inject
    EntityManager em;

    @Inject
    LotService lots;

    /** A lot with the links into it and out of it. */
    public record Genealogy(Lot lot, List<GenealogyLink> components, List<GenealogyLink> usedIn) {
    }

    public Genealogy of(String lotId) {
        Lot lot = lots.get(lotId); // another company's lot is a 404
        GenealogyLinkRepository links = GenealogyLinkRepository.in(em);
        return new Genealogy(lot, links.components(lot.id()), links.usedIn(lot.id()));
    }
}
