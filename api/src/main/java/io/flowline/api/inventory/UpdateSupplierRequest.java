package io.flowline.api.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are.")
public record UpdateSupplierRequest(
        @Size(min = 1, max = 200) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Valid Address address,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @PositiveOrZero @Max(365) Integer defaultLeadTimeDays) {
}
