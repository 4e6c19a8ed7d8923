package io.flowline.api.orders;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person to talk to at the customer.")
public record CustomerContact(
        @Schema(examples = "Jana Novak") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "jana.novak@northwind.example") @Email @Size(max = 254) String email,
        @Schema(examples = "+49 40 1234567") @Size(max = 40)
        @Pattern(regexp = "\\+?[0-9 ()./-]*[0-9][0-9 ()./-]*", message = "must be a phone number of digits, spaces and + ( ) . / -") String phone,
        @Schema(description = "What the person does for you, in your words.", examples = "purchasing") @Size(max = 100) String role) {
}
