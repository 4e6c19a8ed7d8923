package io.flowline.platform.limits.rest;

import io.flowline.platform.limits.RateLimiter;
import io.flowline.platform.limits.PlanLimits;
import io.flowline.platform.limits.LimitedInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import io.flowline.platform.problem.rest.ApiProblem;
import io.flowline.platform.problem.rest.Problems;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Rate limits and body size, before anything else reads the request: a call over its budget is a 429, a body over its limit a
 * 413, both before the body is parsed or the database is asked anything but the tenant's plan (cached). Every /api answer
 * carries the budget left in the RateLimit-Policy and RateLimit fields of draft-ietf-httpapi-ratelimit-headers-10 (§3, §4):
 * {@code RateLimit-Policy: "token";q=200;w=2} and {@code RateLimit: "token";r=153;t=1}, one list member per bucket.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class LimitsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    public static final String RATE_LIMIT = "RateLimit";
    private static final String OUTCOMES = LimitsFilter.class.getName();

    @Inject
    RateLimiter limiter;

    @Inject
    PlanLimits limits;

    @Inject
    TenantContext caller;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = path(request);
        if (!path.startsWith("api/")) {
            return;
        }
        List<RateLimiter.Outcome> outcomes = caller.authenticated()
                ? limiter.forCaller(caller.tenantId(), caller.actorId())
                : limiter.forAddress(servletRequest.getRemoteAddr());
        request.setProperty(OUTCOMES, outcomes);
        long retryAfter = retryAfter(outcomes);
        if (retryAfter > 0) {
            String refused = outcomes.stream().filter(o -> !o.take().allowed())
                    .map(o -> o.policy() + " (" + describe(o.rate()) + ")").collect(Collectors.joining(" and "));
            request.abortWith(Problems.response(429, "rate-limited", "Too many requests",
                    "Over the rate limit of the " + refused + "; retry after " + retryAfter + " s. RateLimit says what is left.",
                    "/" + path, null, Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))));
            return;
        }
        limitBody(request, path);
    }

    private void limitBody(ContainerRequestContext request, String path) {
        boolean isImport = "POST".equals(request.getMethod()) && path.equals("api/v1/imports");
        long limit = isImport ? limits.importBodyBytes() : limits.jsonBodyBytes();
        ApiProblem tooLarge = isImport
                ? new ApiProblem(413, "file-too-large", "File too large", "Files up to " + size(limit) + " can be imported; split the file.")
                : new ApiProblem(413, "body-too-large", "Request body too large", "Request bodies up to " + size(limit) + " are accepted.");
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
            request.abortWith(Problems.response(tooLarge, "/" + path));
            return;
        }
        // Form parameters (the token endpoint) are read by the servlet container from its own stream, not from this one.
        if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType()) || !request.hasEntity()) {
            return;
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit, () -> tooLarge));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(OUTCOMES) instanceof List<?> outcomes)) {
            return;
        }
        budget(outcomes.stream().map(o -> (RateLimiter.Outcome) o).toList(), response.getHeaders()::putSingle);
    }

    /** Seconds until every bucket the request took from lets it through again; 0 when none refused it. */
    public static long retryAfter(List<RateLimiter.Outcome> outcomes) {
        return outcomes.stream().filter(o -> !o.take().allowed()).mapToLong(o -> o.take().secondsUntilNext()).max().orElse(0);
    }

    /** Writes the draft's two fields for what the request took: also used where a request ends before JAX-RS (a refused token). */
    public static void budget(List<RateLimiter.Outcome> outcomes, BiConsumer<String, String> header) {
        header.accept(RATE_LIMIT_POLICY, outcomes.stream()
                .map(o -> "\"" + o.policy() + "\";q=" + o.rate().burst() + ";w=" + window(o.rate())).collect(Collectors.joining(", ")));
        header.accept(RATE_LIMIT, outcomes.stream()
                .map(o -> "\"" + o.policy() + "\";r=" + o.take().remaining() + ";t=" + o.take().secondsUntilFull()).collect(Collectors.joining(", ")));
    }

    /** A bucket of b refilled at r per second lets b requests through in b / r seconds from full: the draft's quota and window. */
    private static long window(PlanLimits.Rate rate) {
        return Math.max(1, (long) Math.ceil(rate.burst() / rate.perSecond()));
    }

    private static String describe(PlanLimits.Rate rate) {
        return (rate.perSecond() == Math.rint(rate.perSecond()) ? Long.toString((long) rate.perSecond()) : Double.toString(rate.perSecond()))
                + " requests/s, burst " + rate.burst();
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static String path(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
