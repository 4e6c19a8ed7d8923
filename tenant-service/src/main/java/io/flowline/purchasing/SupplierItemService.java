package io.flowline.purchasing;

import static io.flowline.platform.json.Decimals.plainText;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.AlreadyUsed;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.persistence.DuplicateKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** The items a supplier delivers, at its prices and lead times; at most one preferred supplier per item. */
@ApplicationScoped
public class SupplierItemService {
    public static final String PREFIX = "spi";

    @Inject
    EntityManager em;

    @Inject
    SupplierService suppliers;

    @Inject
    AuditLog audit;

    public List<SupplierItem> list(String supplierId, PageRequest page) {
        suppliers.get(supplierId);
        return SupplierItemRepository.in(em).list(supplierId, page);
    }

    /** The supplier's terms for the item; 404 when the supplier is not the caller's or does not deliver the item. */
    public SupplierItem get(String supplierId, String itemId) {
        suppliers.get(supplierId);
        return find(supplierId, itemId).orElseThrow(() -> new NotFound("item of supplier " + supplierId, itemId));
    }

    Optional<SupplierItem> find(String supplierId, String itemId) {
        return SupplierItemRepository.in(em).find(supplierId, itemId);
    }

    public Map<String, Item> items(Collection<SupplierItem> terms) {
        return ItemCatalog.in(em).byId(terms.stream().map(SupplierItem::itemId).toList());
    }

    /** The item's preferred supplier's terms, if it has one. */
    /** The preferred supplier terms of every item that has them, or of one item ({@code itemId}), by item id. */
    public Map<String, SupplierItem> preferredByItem(String itemId) {
        Map<String, SupplierItem> preferred = new java.util.HashMap<>();
        (itemId == null ? SupplierItemRepository.in(em).preferred() : SupplierItemRepository.in(em).preferred(itemId)).forEach(s -> preferred.put(s.itemId(), s));
        return preferred;
    }

    public Optional<SupplierItem> preferred(String itemId) {
        return SupplierItemRepository.in(em).preferred(itemId).stream().findFirst();
    }

    @Transactional
    public SupplierItem add(String supplierId, NewSupplierItem request) {
        Supplier supplier = suppliers.get(supplierId);
        if (supplier.archived()) {
            throw new Conflict("supplier-archived", "Supplier " + supplier.code() + " is archived and takes no new items.");
        }
        Item item = ItemCatalog.in(em).find(request.itemId()).orElse(null);
        if (item == null) {
            throw new RuleBroken("item_id", "is not an item of your company");
        }
        if (find(supplierId, item.id()).isPresent()) {
            throw alreadyListed(supplier, item);
        }
        SupplierItem terms = new SupplierItem(PublicIds.next(PREFIX), supplier.id(), item.id(), Instant.now());
        terms.recode(blankToNull(request.supplierItemCode()));
        if (request.unitPrice() != null) {
            terms.price(request.unitPrice().amount(), currency(request.unitPrice(), supplier));
        }
        terms.deliverWithin(request.leadTimeDays() != null ? request.leadTimeDays()
                : supplier.defaultLeadTimeDays() != null ? supplier.defaultLeadTimeDays() : Integer.valueOf(item.leadTimeDays()));
        terms.orderAtLeast(request.minimumOrderQuantity());
        terms.orderInMultiplesOf(request.orderMultiple());
        if (Boolean.TRUE.equals(request.preferred())) {
            clearPreferred(item.id());
            terms.prefer(true);
        }
        SupplierItemRepository.in(em).add(terms);
        audit.record(em, "supplier_item.created", "supplier", supplier.id(), new Changes().field("item", null, item.code())
                .field("unit_price", null, money(terms)).field("lead_time_days", null, terms.leadTimeDays()).field("preferred", null, terms.preferred()));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw alreadyListed(supplier, item);
            }
            throw e;
        }
        return terms;
    }

    @Transactional
    public SupplierItem update(String supplierId, String itemId, String ifMatch, SupplierItemChanges request) {
        SupplierItem terms = get(supplierId, itemId);
        OptimisticLocking.requireMatch(ifMatch, terms.version());
        Supplier supplier = suppliers.get(supplierId);
        Changes changes = new Changes();
        if (request.supplierItemCode() != null) {
            changes.field("supplier_item_code", terms.supplierItemCode(), blankToNull(request.supplierItemCode()));
            terms.recode(blankToNull(request.supplierItemCode()));
        }
        if (request.unitPrice() != null) {
            String before = money(terms);
            terms.price(request.unitPrice().amount(), currency(request.unitPrice(), supplier));
            changes.field("unit_price", before, money(terms));
        }
        if (request.leadTimeDays() != null) {
            changes.field("lead_time_days", terms.leadTimeDays(), request.leadTimeDays());
            terms.deliverWithin(request.leadTimeDays());
        }
        if (request.minimumOrderQuantity() != null) {
            changes.field("minimum_order_quantity", plainText(terms.minimumOrderQuantity()), plainText(request.minimumOrderQuantity()));
            terms.orderAtLeast(request.minimumOrderQuantity());
        }
        if (request.orderMultiple() != null) {
            changes.field("order_multiple", plainText(terms.orderMultiple()), plainText(request.orderMultiple()));
            terms.orderInMultiplesOf(request.orderMultiple());
        }
        if (request.preferred() != null && request.preferred() != terms.preferred()) {
            changes.field("preferred", terms.preferred(), request.preferred());
            if (request.preferred()) {
                clearPreferred(terms.itemId());
            }
            terms.prefer(request.preferred());
        }
        if (!changes.isEmpty()) {
            audit.record(em, "supplier_item.updated", "supplier", supplierId, changes.field("item", null, terms.itemId()));
            em.flush();
        }
        return terms;
    }

    @Transactional
    public void remove(String supplierId, String itemId) {
        SupplierItem terms = get(supplierId, itemId);
        SupplierItemRepository.in(em).remove(terms);
        audit.record(em, "supplier_item.deleted", "supplier", supplierId, new Changes().field("item", itemId, null));
        em.flush();
    }

    /**
     * The item's current preferred supplier stops being preferred, written before the new one is, so the unique key never
     * sees two. The item's row lock makes two concurrent choices of a preferred supplier take turns instead of colliding.
     */
    private void clearPreferred(String itemId) {
        ItemCatalog.in(em).lock(itemId);
        preferred(itemId).ifPresent(previous -> {
            previous.prefer(false);
            em.flush();
        });
    }

    private static String currency(Price price, Supplier supplier) {
        return price.currency() != null ? price.currency() : supplier.currency();
    }

    private static AlreadyUsed alreadyListed(Supplier supplier, Item item) {
        return new AlreadyUsed("item_id", "is already listed for this supplier",
                "Supplier " + supplier.code() + " already lists item " + item.code() + "; change it with PATCH.");
    }

    private static String money(SupplierItem terms) {
        return terms.unitPriceAmount() == null ? null : plainText(terms.unitPriceAmount()) + " " + terms.unitPriceCurrency();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
