package io.flowline.orders;

import static io.flowline.platform.json.Decimals.plainText;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.ProductOptionsService;
import io.flowline.catalog.engine.ProductConfiguration;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.JsonbConfigurator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The lines of sales orders: checked against the catalog (item, price, currency, the chosen product options) before
 * anything is stored, stored with their configuration, and read back by order.
 */
@ApplicationScoped
public class OrderLines {
    public static final String PREFIX = "orl";
    private static final Type CHOICES = new LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    @Inject
    EntityManager em;

    @Inject
    ProductOptionsService productOptions;

    /** A line as checked, before it is stored. */
    record Draft(Item item, Map<String, String> configuration, BigDecimal quantity, BigDecimal unitPrice, String currency,
                 LocalDate requestedDate) {
        BigDecimal total() {
            return quantity.multiply(unitPrice).setScale(4, RoundingMode.HALF_EVEN);
        }

        String describe() {
            return item.code() + " x " + plainText(quantity) + " at " + plainText(unitPrice) + " " + currency
                    + (requestedDate == null ? "" : " by " + requestedDate)
                    + (configuration == null || configuration.isEmpty() ? "" : " " + configuration);
        }
    }

    /** The lines of these orders, by order id, in line order. */
    public Map<String, List<OrderLine>> of(Collection<String> orderIds) {
        return SalesOrderRepository.in(em).lines(orderIds);
    }

    public List<OrderLine> of(String orderId) {
        return of(List.of(orderId)).getOrDefault(orderId, List.of());
    }

    /** The items the lines name, by id. */
    public Map<String, Item> items(Collection<OrderLine> lines) {
        return ItemCatalog.in(em).byId(lines.stream().map(OrderLine::itemId).toList());
    }

    /** The chosen option per option group of a stored line; null for an item without options. */
    public static Map<String, String> configuration(OrderLine line) {
        return line.configurationJson() == null ? null : JsonbConfigurator.jsonb().fromJson(line.configurationJson(), CHOICES);
    }

    List<Draft> check(List<NewOrderLine> lines, String currency, List<Violation> errors) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NewOrderLine line = lines.get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                errors.add(new Violation(field, "must not be null"));
                continue;
            }
            Item item = ItemCatalog.in(em).find(line.itemId()).orElse(null);
            if (item == null) {
                errors.add(new Violation(field + ".item_id", "is not an item of yours"));
                continue;
            }
            if (item.archived()) {
                errors.add(new Violation(field + ".item_id", "is archived and cannot be ordered"));
                continue;
            }
            Map<String, String> configuration = configuration(item, line, field, errors);
            BigDecimal price;
            String lineCurrency;
            if (line.unitPrice() != null) {
                price = line.unitPrice().amount();
                lineCurrency = line.unitPrice().currency() == null ? currency : line.unitPrice().currency();
                if (!lineCurrency.equals(currency)) {
                    errors.add(new Violation(field + ".unit_price.currency", "must be the order's currency " + currency));
                }
            } else if (item.salesPriceAmount() == null) {
                errors.add(new Violation(field + ".unit_price", "is required: the item has no sales price"));
                continue;
            } else {
                price = item.salesPriceAmount();
                lineCurrency = item.salesPriceCurrency() == null ? currency : item.salesPriceCurrency();
                if (!lineCurrency.equals(currency)) {
                    errors.add(new Violation(field + ".unit_price", "is required: the item's sales price is in " + lineCurrency
                            + ", not the order's currency " + currency));
                }
            }
            drafts.add(new Draft(item, configuration, line.quantity(), price, lineCurrency, line.requestedDate()));
        }
        return drafts;
    }

    /** The chosen options in group order, checked against the item's option groups; null for an item without options. */
    private Map<String, String> configuration(Item item, NewOrderLine line, String field, List<Violation> errors) {
        List<ProductConfiguration.OptionGroup> groups = productOptions.groups(item.id());
        Map<String, String> choices = line.choices() == null ? Map.of() : new LinkedHashMap<>(line.choices());
        if (groups.isEmpty() && choices.isEmpty()) {
            return null;
        }
        String prefix = field + ".configuration.choices";
        if (groups.isEmpty()) {
            errors.add(new Violation(field + ".configuration", "the item has no options to choose"));
            return null;
        }
        int before = errors.size();
        choices.forEach((group, option) -> {
            if (option == null) {
                errors.add(new Violation(prefix + "." + group, "must be an option code"));
            }
        });
        choices.values().removeIf(Objects::isNull);
        ProductConfiguration.Resolution resolution = ProductConfiguration.resolve(List.of(), groups, choices);
        resolution.errors().forEach((group, message) -> errors.add(new Violation(prefix + "." + group, message)));
        if (errors.size() > before) {
            return null;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        resolution.choices().forEach(c -> ordered.put(c.group().code(), c.option().code()));
        return ordered;
    }

    void store(SalesOrder order, List<Draft> drafts, Instant now) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            SalesOrderRepository.in(em).addLine(new OrderLine(PublicIds.next(PREFIX), order.id(), i + 1, d.item().id(),
                    d.configuration() == null ? null : JsonbConfigurator.jsonb().toJson(d.configuration()), d.quantity(), d.unitPrice(),
                    d.currency(), d.requestedDate(), now));
        }
    }

    static String describe(OrderLine line, Item item) {
        Map<String, String> configuration = configuration(line);
        return (item == null ? line.itemId() : item.code()) + " x " + plainText(line.quantity()) + " at " + plainText(line.unitPriceAmount()) + " "
                + line.unitPriceCurrency() + (line.requestedDate() == null ? "" : " by " + line.requestedDate())
                + (configuration == null || configuration.isEmpty() ? "" : " " + configuration);
    }

    static BigDecimal total(List<Draft> drafts) {
        return drafts.stream().map(Draft::total).reduce(BigDecimal.ZERO.setScale(4), BigDecimal::add);
    }
}
