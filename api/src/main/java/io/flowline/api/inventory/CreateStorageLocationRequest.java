package io.flowline.api.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateStorageLocationRequest(
        @Schema(description = "Unique within the warehouse.", examples = "A-01-03")
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold only letters, digits, '.', '_' and '-'") String code,
        @Schema(examples = "Aisle A, rack 1, shelf 3") @Size(max = 200) String description) {
}
