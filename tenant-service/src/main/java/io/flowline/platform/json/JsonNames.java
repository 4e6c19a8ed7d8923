package io.flowline.platform.json;

/** The API's naming rule (camelCase Java, snake_case JSON) in one place. */
public final class JsonNames {
    private JsonNames() {
    }

    public static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
