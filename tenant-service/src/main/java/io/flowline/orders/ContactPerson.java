package io.flowline.orders;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person to talk to at a customer; checked element by element by {@link CustomerDetails}, so each error names its place. */
public record ContactPerson(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()./-]*[0-9][0-9 ()./-]*", message = "must be a phone number of digits, spaces and + ( ) . / -")
        String phone,
        @Size(max = 100) String role) {
}
