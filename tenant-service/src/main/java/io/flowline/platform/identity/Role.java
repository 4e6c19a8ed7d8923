package io.flowline.platform.identity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a person or an API client may do. Owners hold every right, including granting owner. */
public enum Role {
    OWNER, ADMIN, SALES, PLANNER, WAREHOUSE, OPERATOR, QUALITY, VIEWER;

    public String apiName() {
        return name().toLowerCase();
    }

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.apiName().equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(Role::apiName).collect(Collectors.joining(", "));
    }
}
