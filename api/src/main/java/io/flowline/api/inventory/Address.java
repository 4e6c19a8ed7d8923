package io.flowline.api.inventory;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostalAddress", description = "A postal address; every part optional.")
public record Address(
        @Schema(examples = "Industriestrasse 12") @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Schema(examples = "70565") @Size(max = 20) String postalCode,
        @Schema(examples = "Stuttgart") @Size(max = 100) String city,
        @Schema(description = "ISO 3166-1 alpha-2.", examples = "DE")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE") String country) {
}
