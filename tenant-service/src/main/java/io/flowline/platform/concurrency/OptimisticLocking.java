package io.flowline.platform.concurrency;

import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import io.flowline.platform.failure.StaleVersion;
import io.flowline.platform.failure.VersionRequired;

/**
 * Versions surfaced as HTTP validators: the ETag is the entity's version, an update must send it back
 * as If-Match, and a stale one is a 412 instead of a lost update.
 */
public final class OptimisticLocking {

    private OptimisticLocking() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The ETag header's value for a version: the strong tag {@link #etag} writes, without a JAX-RS runtime to write it. */
    public static String etagValue(long version) {
        return "\"" + version + "\"";
    }

    /** Checks If-Match against the version the object has now. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequired();
        }
        String expected = etagValue(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim().replaceFirst("^W/", "");
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw new StaleVersion(currentVersion);
    }

    /** Two writers that both passed If-Match: the later commit loses with a 409, never silently. */
    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(OptimisticLockException exception) {
            return io.flowline.platform.problem.rest.Problems.response(409, "concurrent-update", "Concurrent update",
                    "Someone else changed this object at the same moment; read it again and retry.",
                    "/" + uriInfo.getPath().replaceFirst("^/", ""), null, Map.of());
        }
    }
}
