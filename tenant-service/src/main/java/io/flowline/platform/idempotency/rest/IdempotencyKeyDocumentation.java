package io.flowline.platform.idempotency.rest;

import io.flowline.api.platform.ApiHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares the Idempotency-Key header on every POST of the served OpenAPI document: once as a shared parameter, then a
 * reference from each POST, so no endpoint can forget it (run by {@link io.flowline.platform.http.ApiDocumentation}).
 */
public class IdempotencyKeyDocumentation implements OASFilter {
    static final String PARAMETER = "IdempotencyKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(PARAMETER, OASFactory.createParameter()
                .name(ApiHeaders.IDEMPOTENCY_KEY).in(Parameter.In.HEADER).required(false)
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .minLength(1).maxLength(255))
                .example("5f0c6c7e-3b7a-4c1e-9a53-2f0d3c1b8e11")
                .description("Optional; a unique value per request, such as a UUID. Send it to make a retry safe: within "
                        + "24 hours the same key from the same caller (user or API client; for an anonymous call, the same "
                        + "body) returns the first answer with `" + ApiHeaders.IDEMPOTENT_REPLAYED + ": true` instead of "
                        + "doing the work again. The same key with another request (method, path, query string or JSON "
                        + "body; whitespace and key order do not count) is a 422; a retry while the first is still running "
                        + "is a 409; a first answer of 5xx or 429 is not kept. A one-time secret (`client_secret`, "
                        + "`invitation_token`) is never kept: a replay leaves it out and names it in `"
                        + ApiHeaders.IDEMPOTENT_REPLAY_OMITTED + "`. The token endpoint ignores the header: each call "
                        + "there issues new tokens."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getPOST() != null) {
                item.getPOST().addParameter(OASFactory.createParameter().ref(PARAMETER));
            }
        });
    }
}
