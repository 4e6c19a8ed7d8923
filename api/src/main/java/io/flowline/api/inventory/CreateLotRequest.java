package io.flowline.api.inventory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateLotRequest(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 40) String itemId,
        @Schema(description = "Letters, digits, '-', '_', '/' or '.'; unique per item.", examples = "L-2024-118")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "may hold only letters, digits, '.', '_', '/' and '-'") String number,
        @Schema(examples = "2025-06-30") LocalDate expiryDate,
        @Schema(examples = "SUP-77812") @Size(max = 64) String supplierLot,
        @Schema(description = "released (default), quarantined or blocked.", examples = "quarantined") @Size(max = 64) String status) {
}
