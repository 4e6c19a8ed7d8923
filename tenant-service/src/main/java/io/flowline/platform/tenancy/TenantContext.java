package io.flowline.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

    @Inject
    JsonWebToken token;

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
        return token.getSubject();
    }

    /** "user" or "api_client". */
    public String actorType() {
        return claim(ACTOR_TYPE_CLAIM);
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    private String claim(String name) {
        if (token == null || token.getRawToken() == null) {
            return null;
        }
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
