package io.flowline.api.catalog;

import java.util.Map;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The option chosen in each group, by code: `{\"pen_colour\": \"blue\"}`.")
public record ResolveConfigurationRequest(
        @Schema(description = "Option code per option group code.", examples = "{\"pen_colour\": \"blue\", \"crayon_colour\": \"red\"}")
        @NotNull @Size(max = 100) Map<String, String> choices) {
}
