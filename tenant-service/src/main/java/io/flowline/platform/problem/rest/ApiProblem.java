package io.flowline.platform.problem.rest;

import java.util.List;
import java.util.Map;

import io.flowline.api.platform.Problem.FieldError;
import io.flowline.platform.logging.LogMasks;

/**
 * A request the HTTP layer refuses before or around a service (an unreadable body, one too large, missing operator
 * credentials), as an RFC 9457 problem. Services throw the domain's failures of {@code io.flowline.platform.failure}
 * instead, which their mappers write the same way.
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
}
