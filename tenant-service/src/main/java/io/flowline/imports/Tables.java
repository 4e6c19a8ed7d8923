package io.flowline.imports;

import java.util.List;

import io.flowline.api.imports.ImportsApi;
import io.flowline.catalog.Item;
import io.flowline.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The kinds of object that can be imported and exported, and their columns. */
@ApplicationScoped
public class Tables {
    public static final String ITEMS = "items";
    static final List<String> KINDS = List.of(ITEMS);

    @Inject
    EntityManager em;

    public static void requireKind(String kind) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new ApiProblem.Invalid("kind", "must be one of " + String.join(", ", KINDS));
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
        throw new ApiProblem.Invalid("format", "must be csv or xlsx");
    }

    public static List<String> columns(String kind) {
        return ItemColumns.COLUMNS;
    }

    public static List<Object> example(String kind) {
        return ItemColumns.EXAMPLE;
    }

    /** Every object of the kind, by code (ids made in the same millisecond have no order), as rows of the kind's columns. */
    public List<List<Object>> rows(String kind) {
        return em.createQuery("SELECT i FROM Item i ORDER BY i.code", Item.class).getResultStream().map(ItemColumns::cells).toList();
    }

    public static Response download(StreamingOutput body, String name, String format) {
        return Response.ok(body).type(Sheets.XLSX.equals(format) ? ImportsApi.XLSX : ImportsApi.CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"").build();
    }
}
