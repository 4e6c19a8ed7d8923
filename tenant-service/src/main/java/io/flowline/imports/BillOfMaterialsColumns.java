package io.flowline.imports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.ComponentLine;
import io.flowline.catalog.Manufacturing;
import io.flowline.platform.json.Decimals;

/**
 * The columns of a bill-of-materials file: one row per component line, parent and component named by item code, the
 * rest named as the JSON API names a line's fields. The rows of a parent, in file order, replace its whole base bill
 * (its product options stay); an item the file does not name as a parent keeps its bill.
 */
final class BillOfMaterialsColumns {
    static final List<String> COLUMNS = List.of("parent_code", "component_code", "quantity_per", "scrap_factor", "operation_sequence");
    static final List<String> REQUIRED = List.of("parent_code", "component_code", "quantity_per");
    static final List<Object> EXAMPLE = Arrays.asList("PB-OAK-14", "OAK-LAM", new BigDecimal("1.05"), new BigDecimal("0.03"), null);

    private BillOfMaterialsColumns() {
    }

    /** One checked row: the parent's id and the line as the catalog takes it. */
    record Line(int line, String parentId, ComponentLine component) {
    }

    /** A row's cells; its line names the component by code until the import knows its id. */
    record Row(String parentCode, String componentCode, ComponentLine component) {
    }

    static Row row(int line, Map<String, String> cells, List<RowError> errors) {
        ItemColumns.Cells c = new ItemColumns.Cells(line, cells, errors);
        for (String column : List.of("parent_code", "component_code")) {
            if (c.text(column) == null) {
                errors.add(new RowError(line, column, "must not be empty"));
            }
        }
        return new Row(c.text("parent_code"), c.text("component_code"), new ComponentLine(c.text("component_code"),
                c.decimal("quantity_per"), c.decimal("scrap_factor"), c.integer("operation_sequence")));
    }

    /** The column a field error of a line is about: {@code lines[2].component_id} is component_code. */
    static String column(String field) {
        String name = field.substring(field.indexOf('.') + 1);
        return name.equals("component_id") ? "component_code" : name;
    }

    /** The checked rows as new bills, by parent in the order the file names them. */
    static Map<String, List<ComponentLine>> bills(List<?> lines) {
        Map<String, List<ComponentLine>> bills = new LinkedHashMap<>();
        lines.forEach(o -> {
            Line line = (Line) o;
            bills.computeIfAbsent(line.parentId(), k -> new java.util.ArrayList<>()).add(line.component());
        });
        return bills;
    }

    static List<Object> cells(Manufacturing.CodedLine l) {
        return Arrays.asList(l.parentCode(), l.componentCode(), Decimals.plain(l.quantityPer()), Decimals.plain(l.scrapFactor()),
                l.operationSequence());
    }
}
