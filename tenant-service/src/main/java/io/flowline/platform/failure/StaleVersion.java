package io.flowline.platform.failure;

/** A change made against a version of the object that is no longer its current one: it would overwrite someone's change. */
public class StaleVersion extends Failure {
    private final long currentVersion;

    public StaleVersion(long currentVersion) {
        super("precondition-failed", "Changed since you read it", "The object is at version " + currentVersion + " (ETag \""
                + currentVersion + "\"); read it again and reapply your change.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
