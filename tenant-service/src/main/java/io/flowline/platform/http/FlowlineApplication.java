package io.flowline.platform.http;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import io.flowline.api.platform.ApiSecurity;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.servers.ServerVariable;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The JAX-RS application: bearer JWTs (MicroProfile JWT) authenticate every call that carries one. */
@OpenAPIDefinition(
        info = @Info(title = "Flowline API", version = "v1",
                description = "Order-to-delivery platform for small manufacturers. JSON in snake_case; errors are "
                        + "RFC 9457 application/problem+json; lists are cursor-paginated; every POST takes an "
                        + "Idempotency-Key; updates need If-Match with the ETag you read. Get a token at "
                        + "POST /api/v1/auth/token and send it as `Authorization: Bearer <token>`.",
                contact = @Contact(name = "Flowline")),
        // Every installation answers at its own address (the Helm chart's ingress, or localhost when run from the README).
        servers = @Server(url = "{scheme}://{host}", description = "Your Flowline service", variables = {
                @ServerVariable(name = "scheme", defaultValue = "http", enumeration = {"https", "http"}),
                @ServerVariable(name = "host", defaultValue = "localhost:9080", description = "Host name and port")}),
        tags = {
                @Tag(name = "Accounts", description = "Sign-up, tokens and invitations."),
                @Tag(name = "Tenant", description = "Your company's settings."),
                @Tag(name = "Users", description = "People in your company and their roles."),
                @Tag(name = "API clients", description = "Client credentials for integrations."),
                @Tag(name = "Audit", description = "Who changed what, and when.")
        })
@SecurityScheme(securitySchemeName = ApiSecurity.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token from POST /api/v1/auth/token.")
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "flowline")
@DeclareRoles({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class FlowlineApplication extends Application {
}
