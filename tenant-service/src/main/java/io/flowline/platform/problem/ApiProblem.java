package io.flowline.platform.problem;

import java.util.List;
import java.util.Map;

import io.flowline.api.platform.Problem.FieldError;
import io.flowline.platform.logging.LogMasks;

/**
 * A failure the caller can act on; mapped to an RFC 9457 problem. Subclasses name the kind,
 * so a service says {@code throw new NotFound("user", id)} and never builds HTTP responses.
 * <p>
 * The caller reads {@link #detail()}; {@link #getMessage()} is what logs see (Liberty writes an FFDC incident for an
 * exception leaving a transaction), so there e-mail addresses are masked.
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;
    private final String detail;

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(LogMasks.mask(detail));
        this.detail = detail;
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, null, Map.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The problem's detail as the caller gets it. */
    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** 404: also what another tenant's object looks like. */
    public static class NotFound extends ApiProblem {
        public NotFound(String objectType, String id) {
            super(404, "not-found", "Not found", "No " + objectType + " with id " + id + ".");
        }
    }

    /** 400 with one entry per bad field. */
    public static class Invalid extends ApiProblem {
        public Invalid(List<FieldError> errors) {
            this(errors.stream().sorted(java.util.Comparator.comparing(FieldError::field)).toList(), true);
        }

        private Invalid(List<FieldError> errors, boolean sorted) {
            super(400, "validation", "Request is invalid",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are invalid", errors, Map.of());
        }

        public Invalid(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }
    }

    /** 409: the request conflicts with the object's current state. */
    public static class Conflict extends ApiProblem {
        public Conflict(String type, String detail) {
            super(409, type, "Conflict", detail);
        }
    }

    /** 409: a value that must be unique in the company (a code, a number) is already used; names the field. */
    public static class AlreadyUsed extends ApiProblem {
        public AlreadyUsed(String field, String fieldMessage, String detail) {
            super(409, "already-used", "Already used", detail, List.of(new FieldError(field, fieldMessage)), Map.of());
        }
    }

    /** A token endpoint failure: a problem that also carries the OAuth 2.0 error code (RFC 6749 §5.2). */
    public static class OAuth extends ApiProblem {
        private final String error;

        public OAuth(int status, String error, String detail) {
            super(status, "oauth-" + error.replace('_', '-'), "Token request refused", detail, null,
                    status == 401 ? Map.of("WWW-Authenticate", "Basic realm=\"flowline\"") : Map.of());
            this.error = error;
        }

        public OAuth(int status, String error, String detail, Map<String, String> headers) {
            super(status, "oauth-" + error.replace('_', '-'), "Token request refused", detail, null, headers);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }
}
