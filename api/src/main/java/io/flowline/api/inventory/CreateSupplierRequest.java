package io.flowline.api.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateSupplierRequest(
        @Schema(description = "Letters, digits, '-', '_' or '.'; unique in your company.", examples = "HOLZ-01")
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold only letters, digits, '.', '_' and '-'") String code,
        @Schema(examples = "Holzwerk Mayer KG") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "orders@holzwerk.example") @Email @Size(max = 254) String email,
        @Schema(examples = "+49 711 123456") @Size(max = 40) String phone,
        @Valid Address address,
        @Schema(description = "ISO 4217; your company's currency when omitted.", examples = "EUR")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @Schema(examples = "10") @PositiveOrZero @Max(365) Integer defaultLeadTimeDays) {
}
