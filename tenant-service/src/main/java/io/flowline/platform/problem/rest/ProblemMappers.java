package io.flowline.platform.problem.rest;

import io.flowline.platform.problem.rest.ApiProblem;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.flowline.api.platform.Problem.FieldError;
import io.flowline.platform.json.JsonNames;
import io.flowline.platform.logging.LogMasks;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** One mapper per kind of failure; every one answers with a problem, none with a stack trace. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    public static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : "/" + uriInfo.getPath().replaceFirst("^/", "");
    }

    @Provider
    public static class ApiProblemMapper implements ExceptionMapper<ApiProblem> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ApiProblem problem) {
            return Problems.response(problem, instance(uriInfo));
        }
    }

    /** Bean Validation failures: one field error per violation, named as the JSON field. */
    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            List<FieldError> errors = exception.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            return Problems.response(new ApiProblem.Invalid(errors), instance(uriInfo));
        }

        /** The field as the JSON names it ({@link JsonNames#field}). */
        public static String fieldName(ConstraintViolation<?> violation) {
            return JsonNames.field(violation);
        }

    }

    /** JAX-RS's own failures (unknown path, wrong method or media type, 401/403) as problems. */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            int status = original.getStatus();
            Response.Status.Family family = Response.Status.Family.familyOf(status);
            if (family != Response.Status.Family.CLIENT_ERROR) {
                return Unexpected.log(exception, uriInfo);
            }
            String reason = original.getStatusInfo().getReasonPhrase();
            String detail = switch (status) {
                case 401 -> Problems.BEARER_REQUIRED;
                case 403 -> "Your role may not do this.";
                case 404 -> "No such resource.";
                case 405 -> "Method not allowed here.";
                case 415 -> "Send the body as application/json.";
                default -> reason;
            };
            Map<String, String> headers = status == 401 ? Map.of("WWW-Authenticate", "Bearer") : Map.of();
            return Problems.response(status, reason.toLowerCase().replace(' ', '-'), reason, detail, instance(uriInfo), null, headers);
        }
    }

    /** Anything else is our fault: a 500 problem with an incident id that matches the log, never a stack trace. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(Throwable exception) {
            return log(exception, uriInfo);
        }

        static Response log(Throwable exception, UriInfo uriInfo) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " at " + LogMasks.mask(instance(uriInfo)), LogMasks.masked(exception));
            return Problems.response(500, "internal", "Internal error",
                    "Something went wrong on our side; quote incident " + incident + " to support.", instance(uriInfo), null, Map.of());
        }
    }
}
