package io.flowline.api.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InviteUserRequest(
        @Schema(examples = "jane@acme.example") @NotBlank @Email @Size(max = 254) String email,
        @Schema(examples = "Jane Miller") @Size(max = 200) String name,
        @Schema(description = "Role to grant; only an owner may grant owner.", examples = "planner") @NotBlank @Size(max = 64) String role,
        @Schema(description = "The person's language (BCP 47) for e-mails, starting with the invitation; the company's locale when omitted.",
                examples = "sv")
        @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}", message = "must be a BCP 47 language tag such as nb or zh-CN")
        String language) {
}
