package io.flowline.api.tenancy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new company and its owner.")
public record SignupRequest(
        @Schema(examples = "Acme Parquet GmbH") @NotBlank @Size(max = 200) String company,
        @Schema(description = "ISO 3166-1 alpha-2 code; sets the default locale, currency and time zone.", examples = "DE")
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE") String country,
        @Schema(examples = "owner@acme.example") @NotBlank @Email @Size(max = 254) String email,
        @Schema(description = "8 to 128 characters, not one of the most common passwords.", examples = "correct horse battery staple")
        @NotBlank @Size(min = 8, max = 128) String password,
        @Schema(description = "Plan; `starter` when omitted.", enumeration = {"starter", "professional", "enterprise"})
        @Pattern(regexp = "starter|professional|enterprise", message = "must be one of starter, professional, enterprise") String plan,
        @Schema(description = "The owner's language (BCP 47) for e-mails; the country's language when omitted. E-mails are written in "
                + "en, nb, sv or zh-CN, English for any other.", examples = "nb")
        @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}", message = "must be a BCP 47 language tag such as nb or zh-CN")
        String language) {
}
