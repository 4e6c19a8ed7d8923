package io.flowline.platform.failure;

/** The caller has not shown who they are: no valid bearer token came with a request that needs one. */
public class NotAuthenticated extends Failure {
    public NotAuthenticated() {
        super("unauthorized", "Unauthorized", "A valid bearer token is required.");
    }
}
