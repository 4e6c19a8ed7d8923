package io.flowline.platform.tenancy;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for which tenant: read only from the verified access token. A tenant id in a
 * header, query or body is never consulted.
 */
@RequestScoped
public class TenantContext {
    public static final String TENANT_CLAIM = "tid";
    public static final String ACTOR_TYPE_CLAIM = "act";

    /** The servlet request's principal, not an injected JsonWebToken: that injection fails loudly on anonymous calls. */
    @Inject
    HttpServletRequest request;

    public String tenantId() {
        String tenant = claim(TENANT_CLAIM);
        if (tenant == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return tenant;
    }

    public boolean authenticated() {
        return claim(TENANT_CLAIM) != null;
    }

    /** The user or API client id. */
    public String actorId() {
        return token().map(JsonWebToken::getSubject).orElse(null);
    }

    /** "user" or "api_client". */
    public String actorType() {
        return claim(ACTOR_TYPE_CLAIM);
    }

    public boolean hasRole(String role) {
        return token().map(t -> t.getGroups() != null && t.getGroups().contains(role)).orElse(false);
    }

    private Optional<JsonWebToken> token() {
        return request.getUserPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    private String claim(String name) {
        Object value = token().map(t -> (Object) t.getClaim(name)).orElse(null);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
