package io.flowline.platform.tenancy;

import java.util.Optional;

import io.flowline.platform.failure.NotAuthenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for which tenant: read only from the verified access token. A tenant id in a
 * header, query or body is never consulted.
 */
@RequestScoped
public class TenantContext {
    public static final String TENANT_CLAIM = "tid";
    public static final String ACTOR_TYPE_CLAIM = "act";
    /** The principal's token version when the token was issued; a token without it is version 0. */
    public static final String TOKEN_VERSION_CLAIM = "ver";

    /** The servlet request's principal, not an injected JsonWebToken: that injection fails loudly on anonymous calls. */
    @Inject
    HttpServletRequest request;

    /** Set only by {@link #runAs}: work started without an HTTP request (start-up seeding) that acts for one tenant. */
    private String boundTenantId;
    private String boundActorId;
    private String boundActorType;
    /** The principal's role now, set by the session check: a role changed since the token was issued wins over its claim. */
    private String currentRole;

    /**
     * Binds this request context to a tenant and actor for work that has no HTTP request and no token, such as the demo
     * seeding at start. The caller must have activated a request context of its own (so the binding ends with it) and call
     * this before the first injected entity manager is used. Never called while serving HTTP: a token always wins there.
     */
    public void runAs(String tenantId, String actorId, String actorType) {
        if (boundTenantId != null) {
            throw new IllegalStateException("this request context already acts for a tenant");
        }
        this.boundTenantId = java.util.Objects.requireNonNull(tenantId);
        this.boundActorId = actorId;
        this.boundActorType = actorType;
    }

    public String tenantId() {
        String tenant = claim(TENANT_CLAIM);
        if (tenant == null) {
            throw new NotAuthenticated();
        }
        return tenant;
    }

    public boolean authenticated() {
        return boundTenantId != null || claim(TENANT_CLAIM) != null;
    }

    /** The user or API client id. */
    public String actorId() {
        if (boundTenantId != null) {
            return boundActorId;
        }
        return token().map(JsonWebToken::getSubject).orElse(null);
    }

    /** "user" or "api_client". */
    public String actorType() {
        if (boundTenantId != null) {
            return boundActorType;
        }
        return claim(ACTOR_TYPE_CLAIM);
    }

    public boolean hasRole(String role) {
        if (currentRole != null) {
            return currentRole.equals(role);
        }
        return tokenRoles().contains(role);
    }

    /** The roles the token was issued with, which may since have changed (see {@link #hasRole}). */
    public java.util.Set<String> tokenRoles() {
        return token().map(JsonWebToken::getGroups).orElse(java.util.Set.of());
    }

    public void currentRole(String role) {
        this.currentRole = role;
    }

    public long tokenVersion() {
        String version = claim(TOKEN_VERSION_CLAIM);
        return version == null ? 0 : Long.parseLong(version);
    }

    private Optional<JsonWebToken> token() {
        if (boundTenantId != null) {
            return Optional.empty();
        }
        return request.getUserPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    private String claim(String name) {
        if (boundTenantId != null) {
            return TENANT_CLAIM.equals(name) ? boundTenantId : ACTOR_TYPE_CLAIM.equals(name) ? boundActorType : null;
        }
        Object value = token().map(t -> (Object) t.getClaim(name)).orElse(null);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
