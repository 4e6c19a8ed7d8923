package io.flowline.platform.problem.rest;

import java.util.Map;
import java.util.logging.Logger;

import io.flowline.platform.persistence.DatabaseUnavailable;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A database that cannot be reached is a 503 with Retry-After, not a 500: nothing is wrong with the request, and the
 * same request may well succeed in a few seconds. Unchecked failures come here before {@link ProblemMappers.Unexpected}
 * (JAX-RS picks the mapper of the nearest superclass); every other one still ends there as a 500 incident.
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<RuntimeException> {
    /** Seconds a client should wait: a restarting database is mostly back by then, and the retries do not all come at once. */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(RuntimeException exception) {
        if (!DatabaseUnavailable.causedBy(exception)) {
            return ProblemMappers.Unexpected.log(exception, uriInfo);
        }
        // One line, no stack trace: during an outage every request ends here, and the trace says nothing new.
        LOG.warning("Database unavailable at " + ProblemMappers.instance(uriInfo) + ": " + rootCause(exception));
        return Problems.response(503, "database-unavailable", "Service unavailable",
                "The database cannot be reached right now; retry in a few seconds.",
                ProblemMappers.instance(uriInfo), null, Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
