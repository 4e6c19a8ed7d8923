package io.flowline.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Collects field changes for the audit trail; fields whose value did not change are left out. */
public final class Changes {
    /** A field's value before and after, as text; stored as JSON and read back into the api's record of the same shape. */
    public record Change(String from, String to) {
    }

    private final Map<String, Change> changes = new LinkedHashMap<>();

    public Changes field(String name, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.put(name, new Change(from == null ? null : from.toString(), to == null ? null : to.toString()));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Map<String, Change> asMap() {
        return changes;
    }
}
