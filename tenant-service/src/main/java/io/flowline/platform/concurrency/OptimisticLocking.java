package io.flowline.platform.concurrency;

import java.util.Map;

import io.flowline.platform.problem.ApiProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

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

    /** Checks If-Match against the version the object has now. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "precondition-required", "If-Match required",
                    "Send If-Match with the ETag from your last read, so that no one else's change is overwritten.");
        }
        String expected = etag(currentVersion).toString();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim().replaceFirst("^W/", "");
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw new ApiProblem(412, "precondition-failed", "Changed since you read it",
                "The object is at version " + currentVersion + " (ETag " + expected + "); read it again and reapply your change.",
                null, Map.of("ETag", expected));
    }

    /** Two writers that both passed If-Match: the later commit loses with a 409, never silently. */
    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(OptimisticLockException exception) {
            return io.flowline.platform.problem.Problems.response(409, "concurrent-update", "Concurrent update",
                    "Someone else changed this object at the same moment; read it again and retry.",
                    "/" + uriInfo.getPath().replaceFirst("^/", ""), null, Map.of());
        }
    }
}
