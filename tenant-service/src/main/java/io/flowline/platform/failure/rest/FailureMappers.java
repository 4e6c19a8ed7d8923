package io.flowline.platform.failure.rest;

import java.util.List;
import java.util.Map;

import io.flowline.api.platform.Problem;
import io.flowline.api.platform.Problem.FieldError;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.AlreadyUsed;
import io.flowline.platform.failure.Busy;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.Failure;
import io.flowline.platform.failure.GrantRefused;
import io.flowline.platform.failure.NotAuthenticated;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.NotPermitted;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.StaleVersion;
import io.flowline.platform.failure.TooLarge;
import io.flowline.platform.failure.VersionRequired;
import io.flowline.platform.problem.rest.ProblemMappers;
import io.flowline.platform.problem.rest.Problems;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** One mapper per kind of failure: each says its status and headers, all write the problem the same way. */
public final class FailureMappers {

    private FailureMappers() {
    }

    /** A failure as it goes on the wire; kept apart from {@link Response} so that it is checked without a JAX-RS runtime. */
    public record Answer(int status, Problem problem, Map<String, String> headers) {
        Response response() {
            return Problems.response(status, problem, headers);
        }
    }

    /** The problem every kind writes: its type, title and detail, and the violations as field errors. */
    static Answer answer(Failure failure, int status, String instance, Map<String, String> headers) {
        List<FieldError> errors = failure.violations().isEmpty() ? null
                : failure.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList();
        return new Answer(status, Problems.problem(status, failure.kind(), failure.title(), failure.detail(), instance, errors), headers);
    }

    /** The request's path as the problem's instance. */
    abstract static class Mapper {
        @Context
        UriInfo uriInfo;

        String instance() {
            return ProblemMappers.instance(uriInfo);
        }
    }

    @Provider
    public static class NotFoundMapper extends Mapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(NotFound failure, String instance) {
            return FailureMappers.answer(failure, 404, instance, Map.of());
        }
    }

    @Provider
    public static class RuleBrokenMapper extends Mapper implements ExceptionMapper<RuleBroken> {
        @Override
        public Response toResponse(RuleBroken failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(RuleBroken failure, String instance) {
            return FailureMappers.answer(failure, 400, instance, Map.of());
        }
    }

    @Provider
    public static class ConflictMapper extends Mapper implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(Conflict failure, String instance) {
            return FailureMappers.answer(failure, 409, instance, Map.of());
        }
    }

    @Provider
    public static class AlreadyUsedMapper extends Mapper implements ExceptionMapper<AlreadyUsed> {
        @Override
        public Response toResponse(AlreadyUsed failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(AlreadyUsed failure, String instance) {
            return FailureMappers.answer(failure, 409, instance, Map.of());
        }
    }

    /** 401 with the bearer challenge (RFC 6750 §3), as JAX-RS's own 401 answers. */
    @Provider
    public static class NotAuthenticatedMapper extends Mapper implements ExceptionMapper<NotAuthenticated> {
        @Override
        public Response toResponse(NotAuthenticated failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(NotAuthenticated failure, String instance) {
            return FailureMappers.answer(failure, 401, instance, Map.of("WWW-Authenticate", "Bearer"));
        }
    }

    @Provider
    public static class NotPermittedMapper extends Mapper implements ExceptionMapper<NotPermitted> {
        @Override
        public Response toResponse(NotPermitted failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(NotPermitted failure, String instance) {
            return FailureMappers.answer(failure, 403, instance, Map.of());
        }
    }

    /** 422: the request is understood and allowed, but its answer is not given at this size. */
    @Provider
    public static class TooLargeMapper extends Mapper implements ExceptionMapper<TooLarge> {
        @Override
        public Response toResponse(TooLarge failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(TooLarge failure, String instance) {
            return FailureMappers.answer(failure, 422, instance, Map.of());
        }
    }

    @Provider
    public static class BusyMapper extends Mapper implements ExceptionMapper<Busy> {
        @Override
        public Response toResponse(Busy failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(Busy failure, String instance) {
            return FailureMappers.answer(failure, 503, instance, Map.of("Retry-After", Long.toString(failure.retryAfterSeconds())));
        }
    }

    /** 412 with the current ETag, so the caller sees which version to read. */
    @Provider
    public static class StaleVersionMapper extends Mapper implements ExceptionMapper<StaleVersion> {
        @Override
        public Response toResponse(StaleVersion failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(StaleVersion failure, String instance) {
            return FailureMappers.answer(failure, 412, instance, Map.of("ETag", OptimisticLocking.etagValue(failure.currentVersion())));
        }
    }

    @Provider
    public static class VersionRequiredMapper extends Mapper implements ExceptionMapper<VersionRequired> {
        @Override
        public Response toResponse(VersionRequired failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(VersionRequired failure, String instance) {
            return FailureMappers.answer(failure, 428, instance, Map.of());
        }
    }

    /**
     * The token endpoint's refusals as RFC 6749 §5.2 asks: the OAuth error code and description beside the problem, never
     * cached; a client that failed to authenticate gets 401 with the Basic challenge, a login that must wait 429.
     */
    @Provider
    public static class GrantRefusedMapper extends Mapper implements ExceptionMapper<GrantRefused> {
        @Override
        public Response toResponse(GrantRefused failure) {
            return answer(failure, instance()).response();
        }

        public Answer answer(GrantRefused failure, String instance) {
            int status = switch (failure.error()) {
                case GrantRefused.INVALID_CLIENT -> 401;
                case GrantRefused.SLOW_DOWN -> 429;
                default -> 400;
            };
            Map<String, String> headers = switch (status) {
                case 401 -> Map.of("Cache-Control", "no-store", "WWW-Authenticate", "Basic realm=\"flowline\"");
                case 429 -> Map.of("Cache-Control", "no-store", "Retry-After", Long.toString(failure.retryAfterSeconds()));
                default -> Map.of("Cache-Control", "no-store");
            };
            Problem problem = new Problem(Problems.TYPE_BASE + failure.kind(), failure.title(), status, failure.detail(), instance,
                    null, failure.error(), failure.detail());
            return new Answer(status, problem, headers);
        }
    }
}
