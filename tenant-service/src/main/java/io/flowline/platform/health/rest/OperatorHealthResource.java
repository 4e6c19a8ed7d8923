package io.flowline.platform.health.rest;

import io.flowline.platform.health.DatabaseReadinessCheck;
import io.flowline.platform.health.ApplicationLivenessCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.flowline.platform.problem.rest.ApiProblem;
import io.flowline.platform.security.PasswordHasher;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The health checks with their details, for whoever runs the service: HTTP Basic with user {@code operator} and the
 * password configured as {@code flowline.operator.password} (FLOWLINE_OPERATOR_PASSWORD). Without that setting the
 * page does not exist. Not part of the tenant API, so not in its OpenAPI document.
 */
@RequestScoped
@Path("/operator/health")
@PermitAll
public class OperatorHealthResource {
    static final String USER = "operator";

    @Inject
    @ConfigProperty(name = "flowline.operator.password")
    Optional<String> password;

    @Inject
    @Readiness
    DatabaseReadinessCheck database;

    @Inject
    @Liveness
    ApplicationLivenessCheck heap;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response health(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String expected = password.filter(p -> !p.isBlank()).orElseThrow(NotFoundException::new);
        if (!matches(authorization, expected)) {
            throw new ApiProblem(401, "unauthorized", "Unauthorized", "Operator credentials (HTTP Basic) are required.", null,
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"flowline-operator\""));
        }
        List<HealthCheckResponse> checks = List.of(database.details(), heap.details());
        boolean up = checks.stream().allMatch(c -> c.getStatus() == HealthCheckResponse.Status.UP);
        JsonArrayBuilder array = Json.createArrayBuilder();
        checks.forEach(c -> array.add(json(c)));
        JsonObject body = Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", array).build();
        return Response.status(up ? 200 : 503).entity(body.toString()).build();
    }

    /** Compared as hashes, so the time taken says nothing about how much of the password was right. */
    private static boolean matches(String authorization, String expected) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String given;
        try {
            given = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(PasswordHasher.sha256(given).getBytes(StandardCharsets.US_ASCII),
                PasswordHasher.sha256(USER + ":" + expected).getBytes(StandardCharsets.US_ASCII));
    }

    private static JsonObject json(HealthCheckResponse check) {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("name", check.getName()).add("status", check.getStatus().name());
        check.getData().ifPresent(data -> {
            JsonObjectBuilder details = Json.createObjectBuilder();
            data.forEach((key, value) -> {
                if (value instanceof Boolean b) {
                    details.add(key, b);
                } else if (value instanceof Long n) {
                    details.add(key, n);
                } else {
                    details.add(key, String.valueOf(value));
                }
            });
            builder.add("data", details);
        });
        return builder.build();
    }
}
