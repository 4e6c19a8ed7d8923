package io.flowline.platform.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** The API's naming rule (camelCase Java, snake_case JSON) in one place. */
public final class JsonNames {
    private JsonNames() {
    }

    public static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /**
     * The field a Bean Validation violation is about, as the JSON names it: the bean properties of the path in snake_case,
     * with list positions ({@code lines[2].scrap_factor}); "body" for a missing body. An import names its cells by it too.
     */
    public static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (name != null && node.isInIterable() && node.getIndex() != null
                    && (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT)) {
                name = name + "[" + node.getIndex() + "]"; // the index belongs to the list property before this node
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                name = name == null ? snakeCase(node.getName()) : name + "." + snakeCase(node.getName());
            }
        }
        return name != null ? name : "body";
    }
}
