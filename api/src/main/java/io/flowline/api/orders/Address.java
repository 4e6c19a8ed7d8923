package io.flowline.api.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A postal address.")
public record Address(
        @Schema(examples = "Hafenstraße 12") @NotBlank @Size(max = 200) String line1,
        @Schema(examples = "Tor 3") @Size(max = 200) String line2,
        @Schema(examples = "20457") @Size(max = 20) String postalCode,
        @Schema(examples = "Hamburg") @NotBlank @Size(max = 100) String city,
        @Schema(description = "State, province or county, where addresses name one.", examples = "Hamburg") @Size(max = 100) String region,
        @Schema(description = "ISO 3166-1 alpha-2 code.", examples = "DE") @NotBlank
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE") String country) {
}
