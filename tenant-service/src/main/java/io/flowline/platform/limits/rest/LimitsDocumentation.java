package io.flowline.platform.limits.rest;

import io.flowline.platform.limits.rest.LimitsFilter;
import io.flowline.api.platform.Problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares the answers every API operation can give whatever it does: 429 when over the rate limit, 413 when its body is
 * too large (operations that take one) and 503 while the database is away (with Retry-After). Each is a shared response in the components,
 * and each operation refers to it, so no endpoint can forget one. An operation that declares the status itself, with a
 * more specific meaning (the token endpoint's 429 for failed sign-ins, the import's 413), keeps its own.
 */
public class LimitsDocumentation implements OASFilter {
    static final String RATE_LIMITED = "RateLimited";
    static final String BODY_TOO_LARGE = "BodyTooLarge";
    static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    private static final String RETRY_AFTER = "Retry-After";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        declareComponents(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        // LimitsFilter guards /api only; the JWK set beside it is neither limited nor read from the database.
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(LimitsDocumentation::refer);
            }
        });
    }

    private static void refer(Operation operation) {
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "429", RATE_LIMITED);
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", BODY_TOO_LARGE);
        }
        addIfAbsent(responses, "503", SERVICE_UNAVAILABLE);
    }

    private static void addIfAbsent(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    private static void declareComponents(Components components) {
        components.addHeader(RETRY_AFTER, header("Seconds to wait before trying again.", Schema.SchemaType.INTEGER));
        components.addHeader(LimitsFilter.RATE_LIMIT_POLICY, header("The rate limits that apply to this call, one list member "
                + "per bucket (draft-ietf-httpapi-ratelimit-headers): `\"token\";q=200;w=2` is a quota of 200 requests "
                + "refilled over 2 seconds. Buckets: `token` (per access token), `tenant` (per company), `address` (per "
                + "client address, for calls without a token).", Schema.SchemaType.STRING));
        components.addHeader(LimitsFilter.RATE_LIMIT, header("What is left of each bucket: `\"token\";r=153;t=1` is 153 "
                + "requests left, full again in 1 second. Sent on every /api answer.", Schema.SchemaType.STRING));

        components.addResponse(RATE_LIMITED, OASFactory.createAPIResponse()
                .description("Over the rate limit of the access token, the company or the client address; retry after "
                        + "`Retry-After` seconds. The limits depend on the company's plan.")
                .addHeader(RETRY_AFTER, headerRef(RETRY_AFTER))
                .addHeader(LimitsFilter.RATE_LIMIT_POLICY, headerRef(LimitsFilter.RATE_LIMIT_POLICY))
                .addHeader(LimitsFilter.RATE_LIMIT, headerRef(LimitsFilter.RATE_LIMIT))
                .content(problem()));
        components.addResponse(BODY_TOO_LARGE, OASFactory.createAPIResponse()
                .description("The request body is larger than accepted (1 MB of JSON by default, "
                        + "`flowline.limits.json-body-bytes`); refused before it is read.")
                .content(problem()));
        components.addResponse(SERVICE_UNAVAILABLE, OASFactory.createAPIResponse()
                .description("The database cannot be reached right now (or, for a stock change, too many changes to the "
                        + "same stock at once); retry after `Retry-After` seconds.")
                .addHeader(RETRY_AFTER, headerRef(RETRY_AFTER))
                .content(problem()));
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
