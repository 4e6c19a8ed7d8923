package io.flowline.catalog.engine;

import java.util.List;

/** A bill of materials that contains itself; {@link #path()} walks the cycle and ends where it starts. */
public final class BomCycleException extends RuntimeException {
    private final List<String> path;

    public BomCycleException(List<String> path) {
        super("bill of materials contains a cycle: " + String.join(" -> ", path));
        this.path = List.copyOf(path);
    }

    public List<String> path() {
        return path;
    }
}
