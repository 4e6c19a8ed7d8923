package io.flowline.platform.failure;

/** The caller may not do this: their role, an unverified company or a plan's quota stands in the way. */
public class NotPermitted extends Failure {
    /** The caller's role may not. */
    public NotPermitted(String detail) {
        this("forbidden", "Forbidden", detail);
    }

    public NotPermitted(String kind, String title, String detail) {
        super(kind, title, detail);
    }
}
