package io.flowline.imports;

import java.util.List;

import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.Manufacturing;
import io.flowline.orders.CustomerRepository;
import io.flowline.platform.failure.NotPermitted;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The kinds of object that can be imported and exported, and their columns. */
@ApplicationScoped
public class Tables {
    public static final String ITEMS = "items";
    public static final String CUSTOMERS = "customers";
    public static final String WORK_CENTERS = "work_centers";
    public static final String BILLS_OF_MATERIALS = "bills_of_materials";
    static final List<String> KINDS = List.of(ITEMS, BILLS_OF_MATERIALS, CUSTOMERS, WORK_CENTERS);
    /** Every role that may import or export some kind; each kind narrows it (see {@link #requireRole}). */
    public static final String[] ANY_ROLE = {"owner", "admin", "planner", "sales"};

    @Inject
    EntityManager em;

    public static void requireKind(String kind) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new RuleBroken("kind", "must be one of " + String.join(", ", KINDS));
        }
    }

    /** Who may import, export and download the template of a kind: those who may create its objects through the API. */
    static List<String> roles(String kind) {
        return CUSTOMERS.equals(kind) ? List.of("owner", "admin", "sales") : List.of("owner", "admin", "planner");
    }

    public static void requireRole(String kind, TenantContext caller) {
        if (roles(kind).stream().noneMatch(caller::hasRole)) {
            throw new NotPermitted("Only " + String.join(", ", roles(kind)) + " may import or export " + kind + ".");
        }
    }

    /** csv unless xlsx is asked for. */
    public static String format(String format) {
        if (format == null || format.isBlank() || Sheets.CSV.equals(format)) {
            return Sheets.CSV;
        }
        if (Sheets.XLSX.equals(format)) {
            return Sheets.XLSX;
        }
        throw new RuleBroken("format", "must be csv or xlsx");
    }

    public static List<String> columns(String kind) {
        return switch (kind) {
            case CUSTOMERS -> CustomerColumns.COLUMNS;
            case WORK_CENTERS -> WorkCenterColumns.COLUMNS;
            case BILLS_OF_MATERIALS -> BillOfMaterialsColumns.COLUMNS;
            default -> ItemColumns.COLUMNS;
        };
    }

    static List<String> required(String kind) {
        return switch (kind) {
            case CUSTOMERS -> CustomerColumns.REQUIRED;
            case WORK_CENTERS -> WorkCenterColumns.REQUIRED;
            case BILLS_OF_MATERIALS -> BillOfMaterialsColumns.REQUIRED;
            default -> ItemColumns.REQUIRED;
        };
    }

    public static List<Object> example(String kind) {
        return switch (kind) {
            case CUSTOMERS -> CustomerColumns.EXAMPLE;
            case WORK_CENTERS -> WorkCenterColumns.EXAMPLE;
            case BILLS_OF_MATERIALS -> BillOfMaterialsColumns.EXAMPLE;
            default -> ItemColumns.EXAMPLE;
        };
    }

    /**
     * Every object of the kind, by code (ids made in the same millisecond have no order), as rows of the kind's columns;
     * bills of materials as their base lines by parent code and line number.
     */
    public List<List<Object>> rows(String kind) {
        if (BILLS_OF_MATERIALS.equals(kind)) {
            return Manufacturing.in(em).baseLinesByCode().stream().map(BillOfMaterialsColumns::cells).toList();
        }
        if (CUSTOMERS.equals(kind)) {
            return CustomerRepository.in(em).allByNumber().stream()
                    .map(CustomerColumns::cells).toList();
        }
        if (WORK_CENTERS.equals(kind)) {
            return Manufacturing.in(em).workCenters().stream().map(WorkCenterColumns::cells).toList();
        }
        return ItemCatalog.in(em).allByCode().stream().map(ItemColumns::cells).toList();
    }
}
