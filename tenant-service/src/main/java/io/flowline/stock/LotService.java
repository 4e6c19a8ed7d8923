package io.flowline.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.AlreadyUsed;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.persistence.DuplicateKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** Lots (batches) of the caller's items, and their release status. */
@ApplicationScoped
public class LotService {
    public static final String PREFIX = "lot";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<Lot> list(PageRequest page, String itemId, String status) {
        LotStatus wanted = status == null ? null : LotStatus.parse(status).orElse(null);
        if (status != null && wanted == null) {
            throw new RuleBroken("status", "must be one of " + LotStatus.allNames());
        }
        return LotRepository.in(em).list(page, itemId, wanted);
    }

    /** The lots with these ids, by id (the caller's; a receipt's lines name a few). */
    public Map<String, Lot> byId(java.util.Collection<String> ids) {
        return LotRepository.in(em).byId(ids);
    }

    public Lot get(String id) {
        return LotRepository.in(em).find(id).orElseThrow(() -> new NotFound("lot", id));
    }

    @Transactional
    public Lot create(NewLot request) {
        List<Violation> errors = new ArrayList<>();
        Item item = ItemCatalog.in(em).find(request.itemId()).orElse(null);
        if (item == null) {
            errors.add(new Violation("item_id", "is not an item of your company"));
        }
        LotStatus status = request.status() == null ? LotStatus.RELEASED : LotStatus.parse(request.status()).orElse(null);
        if (status == null) {
            errors.add(new Violation("status", "must be one of " + LotStatus.allNames()));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        String number = request.number().strip();
        if (LotRepository.in(em).byNumber(item.id(), number).isPresent()) {
            throw numberTaken(item, number);
        }
        String supplierLot = request.supplierLot() == null || request.supplierLot().isBlank() ? null : request.supplierLot().strip();
        Lot lot = new Lot(PublicIds.next(PREFIX), item.id(), number, request.expiryDate(), supplierLot, status, Instant.now());
        LotRepository.in(em).add(lot);
        audit.record(em, "lot.created", "lot", lot.id(), new Changes().field("item", null, item.code()).field("number", null, number)
                .field("status", null, status.apiName()));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw numberTaken(item, number);
            }
            throw e;
        }
        return lot;
    }

    private static AlreadyUsed numberTaken(Item item, String number) {
        return new AlreadyUsed("number", "is already used for this item", "Item " + item.code() + " already has a lot " + number + ".");
    }

    @Transactional
    public Lot update(String id, String ifMatch, LotChanges request) {
        Lot lot = get(id);
        OptimisticLocking.requireMatch(ifMatch, lot.version());
        Changes changes = new Changes();
        if (request.status() != null) {
            LotStatus status = LotStatus.parse(request.status())
                    .orElseThrow(() -> new RuleBroken("status", "must be one of " + LotStatus.allNames()));
            changes.field("status", lot.status().apiName(), status.apiName());
            lot.changeStatus(status);
        }
        if (request.expiryDate() != null) {
            changes.field("expiry_date", lot.expiryDate(), request.expiryDate());
            lot.changeExpiryDate(request.expiryDate());
        }
        if (request.supplierLot() != null) {
            String supplierLot = request.supplierLot().isBlank() ? null : request.supplierLot().strip();
            changes.field("supplier_lot", lot.supplierLot(), supplierLot);
            lot.changeSupplierLot(supplierLot);
        }
        if (!changes.isEmpty()) {
            audit.record(em, "lot.updated", "lot", lot.id(), changes);
            em.flush();
        }
        return lot;
    }
}
