package io.flowline.imports;

import static io.flowline.platform.json.Decimals.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.flowline.catalog.CatalogStatus;
import io.flowline.catalog.Item;
import io.flowline.catalog.MoneyAmount;
import io.flowline.catalog.NewItem;

/**
 * The columns of an item file, named as the JSON API names the fields; a money field is two columns,
 * the amount and {@code <field>_currency} (empty: the company's currency).
 */
final class ItemColumns {
    static final List<String> COLUMNS = List.of("code", "name", "description", "kind", "unit", "make_or_buy", "lead_time_days",
            "standard_cost", "standard_cost_currency", "sales_price", "sales_price_currency", "lot_sizing_rule", "fixed_order_quantity",
            "order_periods", "safety_stock", "reorder_point", "ordering_cost", "ordering_cost_currency", "holding_cost_rate",
            "minimum_order_quantity", "order_multiple", "lot_tracked", "incoming_inspection", "status");
    static final List<String> REQUIRED = List.of("code", "name", "kind");
    static final List<Object> EXAMPLE = Arrays.asList("PB-OAK-14", "Parquet board oak 14 mm", "Three-layer oak board, brushed and oiled",
            "product", "pc", "make", 5, new BigDecimal("12.50"), "EUR", new BigDecimal("24.90"), "EUR", "lot_for_lot", null, null,
            new BigDecimal("50"), new BigDecimal("120"), null, null, new BigDecimal("0.2"), null, null, false, false, "active");

    private ItemColumns() {
    }

    /** The cells of one row by column name, turned into a new item; unreadable cells are reported and left out. */
    static NewItem request(int line, Map<String, String> cells, List<RowError> errors) {
        Cells c = new Cells(line, cells, errors);
        String status = c.text("status");
        if (status != null && CatalogStatus.parse(status).orElse(null) != CatalogStatus.ACTIVE) {
            errors.add(new RowError(line, "status", "must be active or empty; archived items cannot be imported"));
        }
        return new NewItem(c.text("code"), c.text("name"), c.text("description"), c.text("kind"), c.text("unit"),
                c.text("make_or_buy"), c.integer("lead_time_days"), c.money("standard_cost"), c.money("sales_price"),
                c.text("lot_sizing_rule"), c.decimal("fixed_order_quantity"), c.integer("order_periods"), c.decimal("safety_stock"),
                c.decimal("reorder_point"), c.money("ordering_cost"), c.decimal("holding_cost_rate"), c.decimal("minimum_order_quantity"),
                c.decimal("order_multiple"), c.bool("lot_tracked"), c.bool("incoming_inspection"), null);
    }

    /** The column a field error of the request is about: {@code standard_cost.currency} is the column standard_cost_currency. */
    static String column(String field) {
        if (field.endsWith(".amount")) {
            return field.substring(0, field.length() - ".amount".length());
        }
        return field.replace('.', '_');
    }

    static List<Object> cells(Item i) {
        return Arrays.asList(i.code(), i.name(), i.description(), i.kind().apiName(), i.unit(), i.makeOrBuy().apiName(), i.leadTimeDays(),
                plain(i.standardCostAmount()), i.standardCostCurrency(), plain(i.salesPriceAmount()), i.salesPriceCurrency(),
                i.lotSizingRule().apiName(), plain(i.fixedOrderQuantity()), i.orderPeriods(), plain(i.safetyStock()), plain(i.reorderPoint()),
                plain(i.orderingCostAmount()), i.orderingCostCurrency(), plain(i.holdingCostRate()), plain(i.minimumOrderQuantity()),
                plain(i.orderMultiple()), i.lotTracked(), i.incomingInspection(), i.status().apiName());
    }

    /** Reads typed values from text cells, reporting each unreadable one. */
    record Cells(int line, Map<String, String> cells, List<RowError> errors) {
        String text(String column) {
            return cells.get(column);
        }

        BigDecimal decimal(String column) {
            String text = cells.get(column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                errors.add(new RowError(line, column, "must be a number such as 12.5"));
                return null;
            }
        }

        Integer integer(String column) {
            BigDecimal value = decimal(column);
            if (value == null) {
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(new RowError(line, column, "must be a whole number"));
                return null;
            }
        }

        Boolean bool(String column) {
            String text = cells.get(column);
            if (text == null) {
                return null;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    errors.add(new RowError(line, column, "must be true or false"));
                    yield null;
                }
            };
        }

        MoneyAmount money(String column) {
            BigDecimal amount = decimal(column);
            String currency = cells.get(column + "_currency");
            if (amount == null) {
                if (currency != null && cells.get(column) == null) {
                    errors.add(new RowError(line, column, "is required when " + column + "_currency is given"));
                }
                return null;
            }
            return new MoneyAmount(amount, currency == null ? null : currency.toUpperCase(Locale.ROOT));
        }
    }

    /** Cells of a row by column name, for the columns the header has. */
    static Map<String, String> byName(List<String> header, Sheets.SheetRow row) {
        Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null) {
                cells.put(header.get(i), row.cell(i));
            }
        }
        return cells;
    }

    static List<String> columnsOf(Sheets.SheetRow header) {
        List<String> names = new ArrayList<>();
        header.cells().forEach(c -> names.add(c == null ? null : c.toLowerCase(Locale.ROOT)));
        return names;
    }
}
