package io.flowline.api.orders;

import java.util.Map;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The chosen configuration of a configurable item: option code per option group code.")
public record OrderConfiguration(
        @Schema(examples = "{\"pen_colour\": \"blue\"}") @NotNull @Size(max = 100) Map<String, String> choices) {
}
