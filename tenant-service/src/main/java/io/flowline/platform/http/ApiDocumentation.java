package io.flowline.platform.http;

import io.flowline.platform.idempotency.rest.IdempotencyKeyDocumentation;
import io.flowline.platform.limits.rest.LimitsDocumentation;
import io.flowline.platform.pagination.ListDocumentation;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What the served OpenAPI document says about every operation at once, beyond each resource's own annotations
 * (registered as {@code mp.openapi.filter}, which takes a single class).
 */
public class ApiDocumentation implements OASFilter {
    private final OASFilter[] filters = {new IdempotencyKeyDocumentation(), new LimitsDocumentation(), new ListDocumentation()};

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (OASFilter filter : filters) {
            filter.filterOpenAPI(openAPI);
        }
    }
}
