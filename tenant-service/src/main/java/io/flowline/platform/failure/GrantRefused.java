package io.flowline.platform.failure;

/**
 * A token grant refused, with its OAuth 2.0 error code (RFC 6749 §5.2): {@code invalid_request}, {@code invalid_client},
 * {@code invalid_grant}, {@code unsupported_grant_type}, or {@code slow_down} when a login must wait.
 */
public class GrantRefused extends Failure {
    public static final String INVALID_CLIENT = "invalid_client";
    public static final String SLOW_DOWN = "slow_down";

    private final String error;
    private final long retryAfterSeconds;

    public GrantRefused(String error, String detail) {
        this(error, detail, 0);
    }

    private GrantRefused(String error, String detail, long retryAfterSeconds) {
        super("oauth-" + error.replace('_', '-'), "Token request refused", detail);
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Too many failed attempts on this login: the next one is heard after {@code seconds}. */
    public static GrantRefused slowDown(long seconds) {
        return new GrantRefused(SLOW_DOWN, "Too many failed attempts; try again in " + seconds + " s.", seconds);
    }

    public String error() {
        return error;
    }

    /** Seconds until the next attempt is heard; 0 unless {@link #SLOW_DOWN}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
