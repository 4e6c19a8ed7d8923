package io.flowline.api.platform;

/** Header names that are part of the contract. */
public final class ApiHeaders {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    /** On a replay: the one-time secrets (e.g. {@code client_secret}) the first answer carried and the replay leaves out. */
    public static final String IDEMPOTENT_REPLAY_OMITTED = "Idempotent-Replay-Omitted";
    public static final String IF_MATCH = "If-Match";
    public static final String ETAG = "ETag";

    private ApiHeaders() {
    }
}
