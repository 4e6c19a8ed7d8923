package io.flowline.platform.failure;

/** The answer asked for is larger than is given at once (a bill of materials' explosion or where-used). */
public class TooLarge extends Failure {
    public TooLarge(String kind, String title, String detail) {
        super(kind, title, detail);
    }
}
