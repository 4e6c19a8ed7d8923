package io.flowline.platform.problem.rest;

import io.flowline.platform.problem.rest.ApiProblem;
import java.util.List;
import java.util.Map;

import io.flowline.api.platform.Problem;
import io.flowline.api.platform.Problem.FieldError;
import jakarta.ws.rs.core.Response;

/** Builds problem responses; the one place that knows how a problem looks on the wire. */
public final class Problems {
    public static final String TYPE_BASE = "https://flowline.io/problems/";
    /** What a 401 says, whether JAX-RS or MP-JWT refused the token. */
    public static final String BEARER_REQUIRED = "A valid bearer token is required.";

    private Problems() {
    }

    public static Response response(int status, String type, String title, String detail, String instance,
                                    List<FieldError> errors, Map<String, String> headers) {
        return response(status, problem(status, type, title, detail, instance, errors), headers);
    }

    /** The body of a problem response. */
    public static Problem problem(int status, String type, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_BASE + type, title, status, detail, instance, errors, null, null);
    }

    public static Response response(ApiProblem problem, String instance) {
        return response(problem.status(), problem.type(), problem.title(), problem.detail(), instance,
                problem.errors(), problem.headers());
    }

    /** A problem response with its body already built. */
    public static Response response(int status, Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        headers.forEach(builder::header);
        return builder.build();
    }
}
