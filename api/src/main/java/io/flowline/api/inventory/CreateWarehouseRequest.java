package io.flowline.api.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateWarehouseRequest(
        @Schema(description = "Letters, digits, '-', '_' or '.'; unique in your company.", examples = "MAIN")
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold only letters, digits, '.', '_' and '-'") String code,
        @Schema(examples = "Main warehouse") @NotBlank @Size(max = 200) String name,
        @Valid Address address) {
}
