package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class OpenApiIT {
    private static final Path PUBLISHED = Path.of(System.getProperty("flowline.openapi-file", "../openapi.yaml"));

    /** Run with -Dflowline.openapi.update=true to rewrite openapi.yaml from the served document after an API change. */
    @Test
    void publishedDescriptionEqualsWhatTheServiceServes() throws IOException {
        String served = OpenApiDocument.servedYaml().strip() + "\n";
        if (Boolean.getBoolean("flowline.openapi.update")) {
            Files.writeString(PUBLISHED, served);
        }
        assertTrue(Files.exists(PUBLISHED), PUBLISHED + " is missing");
        assertEquals(Files.readString(PUBLISHED), served,
                "openapi.yaml drifted from the served /openapi; rerun the tests with -Dflowline.openapi.update=true and review the diff");
    }

    @Test
    void everyOperationIsDescribedAndUsesSnakeCase() {
        JsonObject document = OpenApiDocument.served();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT) {
                assertTrue(operation.asJsonObject().containsKey("summary"), method + " " + path + " needs a summary");
            }
        }));
        document.getJsonObject("components").getJsonObject("schemas").forEach((name, schema) -> {
            JsonObject properties = schema.asJsonObject().getJsonObject("properties");
            if (properties != null) {
                properties.keySet().forEach(p -> assertTrue(p.matches("[a-z][a-z0-9_]*"), name + "." + p + " is not snake_case"));
            }
        });
    }
}
