package io.flowline.platform.failure;

/** A change that did not say which version of the object it was made against. */
public class VersionRequired extends Failure {
    public VersionRequired() {
        super("precondition-required", "If-Match required",
                "Send If-Match with the ETag from your last read, so that no one else's change is overwritten.");
    }
}
