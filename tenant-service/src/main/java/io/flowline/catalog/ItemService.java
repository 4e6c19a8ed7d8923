package io.flowline.catalog;

import static io.flowline.platform.json.Decimals.plainText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.limits.Quota;
import io.flowline.platform.limits.Quotas;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.persistence.DuplicateKey;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** The caller's items: create, find, change, archive. */
@ApplicationScoped
public class ItemService {
    public static final String PREFIX = "itm";

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    Quotas quotas;

    public List<Item> list(PageRequest page, String kind, String query, String status) {
        CatalogRules rules = new CatalogRules();
        ItemKind wantedKind = kind == null ? null : ItemKind.parse(kind).orElse(null);
        if (kind != null && wantedKind == null) {
            rules.reject("kind", "must be one of " + ItemKind.allNames());
        }
        CatalogStatus wantedStatus = status == null ? null : CatalogStatus.parse(status).orElse(null);
        if (status != null && wantedStatus == null) {
            rules.reject("status", "must be active or archived");
        }
        rules.throwIfAny();
        return ItemRepository.in(em).list(page, wantedKind, wantedStatus, query);
    }

    /** Items by id (unknown ids left out), for naming items in lists and answers. */
    public Map<String, Item> byId(Collection<String> ids) {
        return ItemRepository.in(em).byId(ids);
    }

    public Item get(String id) {
        return ItemRepository.in(em).find(id).orElseThrow(() -> new NotFound("item", id));
    }

    @Transactional
    public Item create(NewItem request) {
        quotas.require(em, em.find(Tenant.class, caller.tenantId()), Quota.ITEMS, 1);
        Item item = newItem(request, tenantCurrency());
        String code = item.code();
        requireCodeFree(code, null);
        ItemRepository.in(em).save(item);
        audit.record(em, "item.created", "item", item.id(), new Changes().field("code", null, code).field("kind", null, item.kind().apiName()));
        flush(code);
        return item;
    }

    /**
     * A new item, checked by the same rules as {@link #create} but neither saved nor checked for a free code:
     * imports check every row this way before they save any. Bean Validation of the command is the caller's (the API's or the file's).
     *
     * @throws RuleBroken naming every bad field
     */
    public Item newItem(NewItem request, String tenantCurrency) {
        CatalogRules rules = new CatalogRules();
        String code = rules.text("code", request.code());
        String name = rules.text("name", request.name());
        ItemKind kind = ItemKind.parse(request.kind()).orElse(null);
        if (kind == null) {
            rules.reject("kind", "must be one of " + ItemKind.allNames());
        }
        Instant now = Instant.now();
        Item item = new Item(PublicIds.next(PREFIX), code, name, kind == null ? ItemKind.PRODUCT : kind, now);
        apply(item, rules, tenantCurrency, request.description(), null, request.unit(), request.makeOrBuy(), request.leadTimeDays(),
                request.standardCost(), request.salesPrice(), request.lotSizingRule(), request.fixedOrderQuantity(), request.orderPeriods(),
                request.safetyStock(), request.reorderPoint(), request.orderingCost(), request.holdingCostRate(), request.minimumOrderQuantity(),
                request.orderMultiple(), request.lotTracked(), request.incomingInspection(), request.backflush(), new Changes());
        rules.throwIfAny();
        return item;
    }

    @Transactional
    public Item update(String id, String ifMatch, ItemChanges request) {
        Item item = get(id);
        OptimisticLocking.requireMatch(ifMatch, item.version());
        CatalogRules rules = new CatalogRules();
        Changes changes = new Changes();
        String code = rules.text("code", request.code());
        if (code != null && !code.equals(item.code())) {
            requireCodeFree(code, item.id());
            changes.field("code", item.code(), code);
            item.recode(code);
        }
        String name = rules.text("name", request.name());
        if (name != null) {
            changes.field("name", item.name(), name);
            item.rename(name);
        }
        if (request.kind() != null) {
            ItemKind kind = ItemKind.parse(request.kind()).orElse(null);
            if (kind == null) {
                rules.reject("kind", "must be one of " + ItemKind.allNames());
            } else {
                changes.field("kind", item.kind().apiName(), kind.apiName());
                item.changeKind(kind);
            }
        }
        apply(item, rules, tenantCurrency(), request.description(), item, request.unit(), request.makeOrBuy(), request.leadTimeDays(), request.standardCost(),
                request.salesPrice(), request.lotSizingRule(), request.fixedOrderQuantity(), request.orderPeriods(), request.safetyStock(),
                request.reorderPoint(), request.orderingCost(), request.holdingCostRate(), request.minimumOrderQuantity(),
                request.orderMultiple(), request.lotTracked(), request.incomingInspection(), request.backflush(), changes);
        rules.throwIfAny();
        if (!changes.isEmpty()) {
            item.touched(Instant.now());
            audit.record(em, "item.updated", "item", item.id(), changes);
            flush(item.code());
        }
        return item;
    }

    @Transactional
    public Item archive(String id) {
        Item item = get(id);
        if (item.archived()) {
            throw new Conflict("already-archived", "Item " + item.code() + " is already archived.");
        }
        return changeStatus(item, CatalogStatus.ARCHIVED, "item.archived");
    }

    @Transactional
    public Item restore(String id) {
        Item item = get(id);
        if (!item.archived()) {
            throw new Conflict("not-archived", "Item " + item.code() + " is not archived.");
        }
        return changeStatus(item, CatalogStatus.ACTIVE, "item.restored");
    }

    private Item changeStatus(Item item, CatalogStatus status, String action) {
        audit.record(em, action, "item", item.id(), new Changes().field("status", item.status().apiName(), status.apiName()));
        item.changeStatus(status);
        item.touched(Instant.now());
        em.flush();
        return item;
    }

    /** The fields create and update share; {@code before} is null on create, when every given value is new. */
    private static void apply(Item item, CatalogRules rules, String tenantCurrency, String description, Item before, String unit, String makeOrBuy, Integer leadTimeDays,
                       MoneyAmount standardCost, MoneyAmount salesPrice, String lotSizingRule, BigDecimal fixedOrderQuantity, Integer orderPeriods,
                       BigDecimal safetyStock, BigDecimal reorderPoint, MoneyAmount orderingCost, BigDecimal holdingCostRate,
                       BigDecimal minimumOrderQuantity, BigDecimal orderMultiple, Boolean lotTracked, Boolean incomingInspection, Boolean backflush,
                       Changes changes) {
        if (description != null) {
            changes.field("description", item.description(), description);
            item.describe(description.isBlank() ? null : description);
        }
        if (unit != null) {
            String trimmed = rules.text("unit", unit);
            changes.field("unit", item.unit(), trimmed);
            item.changeUnit(trimmed);
        }
        if (makeOrBuy != null) {
            MakeOrBuy parsed = MakeOrBuy.parse(makeOrBuy).orElse(null);
            if (parsed == null) {
                rules.reject("make_or_buy", "must be make or buy");
            } else {
                changes.field("make_or_buy", item.makeOrBuy().apiName(), parsed.apiName());
                item.changeMakeOrBuy(parsed);
            }
        }
        if (leadTimeDays != null) {
            changes.field("lead_time_days", item.leadTimeDays(), leadTimeDays);
            item.changeLeadTime(leadTimeDays);
        }
        if (standardCost != null) {
            String currency = rules.currency("standard_cost", standardCost, tenantCurrency);
            changes.field("standard_cost", money(item.standardCostAmount(), item.standardCostCurrency()), money(standardCost.amount(), currency));
            item.changeStandardCost(standardCost.amount(), currency);
        }
        if (salesPrice != null) {
            String currency = rules.currency("sales_price", salesPrice, tenantCurrency);
            changes.field("sales_price", money(item.salesPriceAmount(), item.salesPriceCurrency()), money(salesPrice.amount(), currency));
            item.changeSalesPrice(salesPrice.amount(), currency);
        }
        if (orderingCost != null) {
            String currency = rules.currency("ordering_cost", orderingCost, tenantCurrency);
            changes.field("ordering_cost", money(item.orderingCostAmount(), item.orderingCostCurrency()), money(orderingCost.amount(), currency));
            item.changeOrderingCost(orderingCost.amount(), currency);
        }
        if (lotSizingRule != null) {
            ItemLotSizingRule rule = ItemLotSizingRule.parse(lotSizingRule).orElse(null);
            if (rule == null) {
                rules.reject("lot_sizing_rule", "must be one of " + ItemLotSizingRule.allNames());
            } else {
                changes.field("lot_sizing_rule", item.lotSizingRule().apiName(), rule.apiName());
                item.changeLotSizingRule(rule);
            }
        }
        if (fixedOrderQuantity != null) {
            changes.field("fixed_order_quantity", plainText(item.fixedOrderQuantity()), plainText(fixedOrderQuantity));
            item.changeFixedOrderQuantity(fixedOrderQuantity);
        }
        if (orderPeriods != null) {
            changes.field("order_periods", item.orderPeriods(), orderPeriods);
            item.changeOrderPeriods(orderPeriods);
        }
        if (safetyStock != null) {
            changes.field("safety_stock", plainText(item.safetyStock()), plainText(safetyStock));
            item.changeSafetyStock(safetyStock);
        }
        if (reorderPoint != null) {
            changes.field("reorder_point", plainText(item.reorderPoint()), plainText(reorderPoint));
            item.changeReorderPoint(reorderPoint);
        }
        if (holdingCostRate != null) {
            changes.field("holding_cost_rate", plainText(item.holdingCostRate()), plainText(holdingCostRate));
            item.changeHoldingCostRate(holdingCostRate);
        }
        if (minimumOrderQuantity != null) {
            changes.field("minimum_order_quantity", plainText(item.minimumOrderQuantity()), plainText(minimumOrderQuantity));
            item.changeMinimumOrderQuantity(minimumOrderQuantity);
        }
        if (orderMultiple != null) {
            changes.field("order_multiple", plainText(item.orderMultiple()), plainText(orderMultiple));
            item.changeOrderMultiple(orderMultiple);
        }
        if (lotTracked != null) {
            changes.field("lot_tracked", item.lotTracked(), lotTracked);
            item.changeLotTracked(lotTracked);
        }
        if (incomingInspection != null) {
            changes.field("incoming_inspection", item.incomingInspection(), incomingInspection);
            item.changeIncomingInspection(incomingInspection);
        }
        if (backflush != null) {
            changes.field("backflush", item.backflush(), backflush);
            item.changeBackflush(backflush);
        }
        if (item.lotSizingRule() == ItemLotSizingRule.FIXED_ORDER_QUANTITY && item.fixedOrderQuantity() == null && !rules.has("lot_sizing_rule")) {
            rules.reject("fixed_order_quantity", "is required for the fixed_order_quantity rule");
        }
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? null : plainText(amount) + " " + currency;
    }

    String tenantCurrency() {
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        return tenant == null ? null : tenant.currency();
    }

    private void requireCodeFree(String code, String exceptId) {
        if (code == null) {
            return;
        }
        ItemRepository.in(em).withCode(code).filter(i -> !i.id().equals(exceptId))
                .ifPresent(holder -> {
                    throw CatalogRules.duplicateCode("item", code, holder.id());
                });
    }

    /** Flushes now so a concurrent insert of the same code is a 409 here, not a 500 at commit. */
    private void flush(String code) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw CatalogRules.duplicateCode("item", code, "an item created at the same moment");
            }
            throw e;
        }
    }
}
