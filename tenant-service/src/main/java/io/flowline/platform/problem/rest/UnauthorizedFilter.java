package io.flowline.platform.problem.rest;

import io.flowline.platform.problem.rest.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import io.flowline.api.platform.Problem;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.limits.rest.LimitsFilter;
import io.flowline.platform.limits.RateLimiter;
import io.flowline.platform.security.TokenSignatures;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates a bearer token under /api and gives every 401 the problem body JAX-RS's own 401 has.
 *
 * <p>Liberty runs MP-JWT only when asked (server.xml, {@code webAppSecurity}), so a token reaches it here, after its
 * signature has been checked: one that does not verify is refused and logged without MP-JWT seeing it, since MP-JWT would
 * write it whole into its log message and an FFDC incident ({@link TokenSignatures}). A signed token is handed to MP-JWT
 * ({@code request.authenticate}), which checks its claims and sets the caller before any JAX-RS filter runs. MP-JWT
 * answers a token it refuses, or a missing one on a protected resource, with a bare 401; this writes the problem for it.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class UnauthorizedFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(UnauthorizedFilter.class.getName());
    private static final String BEARER = "Bearer ";

    @Inject
    RateLimiter limiter;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String token = bearerToken(request);
        if (token != null) {
            Optional<String> unverifiable = TokenSignatures.whyUnverifiable(token);
            if (unverifiable.isPresent()) {
                LOG.info(() -> "Refused a bearer token (" + unverifiable.get() + ") on " + request.getMethod() + " " + request.getRequestURI());
                response.setStatus(401);
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                refuse(request, response);
                return;
            }
            if (!authenticated(request, response)) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
        if (response.getStatus() == 401 && !response.isCommitted() && response.getContentType() == null) {
            writeProblem(request, response);
        }
    }

    /** MP-JWT's verdict on the token's claims (it logs a refusal itself, CWWKS5523E, without the token). */
    private static boolean authenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.authenticate(response)) {
                return true;
            }
        } catch (ServletException refused) {
            // the same refusal, thrown rather than returned
        }
        response.setStatus(401);
        return false;
    }

    /**
     * A refused token never reaches JAX-RS, where the rate limits are kept: it is counted against the caller's address here,
     * so trying tokens is limited like any anonymous call, and the answer carries the budget as every /api answer does.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<RateLimiter.Outcome> outcomes = limiter.forAddress(request.getRemoteAddr());
        LimitsFilter.budget(outcomes, response::setHeader);
        long retryAfter = LimitsFilter.retryAfter(outcomes);
        if (retryAfter > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(retryAfter));
            write(response, Problems.problem(429, "rate-limited", "Too many requests",
                    "Over the rate limit of your address; retry after " + retryAfter + " s. RateLimit says what is left.", request.getRequestURI(), null));
            return;
        }
        writeProblem(request, response);
    }

    private static String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, Problems.problem(401, "unauthorized", "Unauthorized", Problems.BEARER_REQUIRED, request.getRequestURI(), null));
    }

    private static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.resetBuffer();
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        String json = JsonbConfigurator.jsonb().toJson(problem);
        try {
            response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerTaken) { // whoever set the 401 may have taken the writer without writing
            response.getWriter().write(json);
        }
    }
}
