package io.flowline.platform.pagination;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every list response a named schema: a response that refers to {@code #/components/schemas/<Thing>List} gets
 * that component, a page of {@code <Thing>} in the shape of {@link io.flowline.api.platform.ListPage}, so clients
 * generated from the document read {@code data} as typed objects (run by {@link io.flowline.platform.ApiDocumentation}).
 * A list of a thing the document does not describe is a mistake in the annotations, and fails the document.
 */
public class ListDocumentation implements OASFilter {
    static final String SUFFIX = "List";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null || openAPI.getComponents() == null) {
            return;
        }
        TreeSet<String> lists = new TreeSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                        .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                        .map(mediaType -> mediaType.getSchema() == null ? null : mediaType.getSchema().getRef())
                        .filter(Objects::nonNull)
                        .filter(ref -> ref.startsWith(SCHEMAS) && ref.endsWith(SUFFIX))
                        .forEach(ref -> lists.add(ref.substring(SCHEMAS.length())));
            }
        }));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String list : lists) {
            String element = list.substring(0, list.length() - SUFFIX.length());
            if (schemas == null || !schemas.containsKey(element)) {
                throw new IllegalStateException("A response refers to " + list + ", but there is no schema " + element + " to list");
            }
            openAPI.getComponents().addSchema(list, page(element));
        }
    }

    private static Schema page(String element) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A page of " + element + " objects.")
                .addRequired("object").addRequired("data").addRequired("has_more")
                .addProperty("object", OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("list"))
                .addProperty("data", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(element)))
                .addProperty("has_more", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)
                        .description("Whether another page follows."))
                .addProperty("next_cursor", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Pass as `cursor` for the next page; absent on the last page."));
    }
}
