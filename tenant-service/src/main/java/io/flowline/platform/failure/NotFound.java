package io.flowline.platform.failure;

/** No such object: also what another tenant's object looks like. */
public class NotFound extends Failure {
    public NotFound(String objectType, String id) {
        super("not-found", "Not found", "No " + objectType + " with id " + id + ".");
    }

    /** Something looked up by other than its id (an invitation's token), said in its own words. */
    public NotFound(String kind, String title, String detail) {
        super(kind, title, detail);
    }
}
