package io.flowline.platform.identity.rest;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import io.flowline.platform.identity.Sessions;
import io.flowline.platform.problem.rest.Problems;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Takes back access at once. A verified token still has to speak for a principal that is active and has not signed out
 * everywhere since it was issued (else 401), and a role changed since then is the role the request gets: a demoted
 * caller is held to the new role's rights here, before the resource runs, whatever the token's {@code groups} say.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {
    static final String REVOKED = "This access token has been revoked (signed out, deactivated or revoked); get a new one.";

    @Context
    ResourceInfo resource;

    @Inject
    TenantContext caller;

    @Inject
    Sessions sessions;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!caller.authenticated()) {
            return;
        }
        Sessions.Principal principal = sessions.current(caller.tenantId(), caller.actorType(), caller.actorId());
        String instance = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!principal.active() || caller.tokenVersion() < principal.tokenVersion()) {
            request.abortWith(Problems.response(401, "unauthorized", "Unauthorized", REVOKED, instance, null,
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
            return;
        }
        caller.currentRole(principal.role());
        if (!caller.tokenRoles().contains(principal.role()) && !allowed(principal.role())) {
            request.abortWith(Problems.response(403, "forbidden", "Forbidden", "Your role may not do this.", instance, null, Map.of()));
        }
    }

    /** The resource's own role rules (method before class, as Jakarta Security reads them) applied to the current role. */
    private boolean allowed(String role) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return true;
        }
        Method implementation = method;
        try {
            implementation = type.getMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            // the method itself carries the rules
        }
        return rule(implementation, role).or(() -> rule(type, role)).orElse(true);
    }

    private static Optional<Boolean> rule(AnnotatedElement element, String role) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(false);
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(true);
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        return roles == null ? Optional.empty() : Optional.of(Arrays.asList(roles.value()).contains(role));
    }
}
