package io.flowline.api.identity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who the access token belongs to and their company. For an API client: `actor_type` api_client, `id` the "
        + "client's id, `name` the client's name, `email` null, `language` the company's.")
public record Me(
        @Schema(examples = "me") String object,
        @Schema(enumeration = {"user", "api_client"}) String actorType,
        @Schema(description = "The user's or API client's id.", examples = "usr_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "jane@acme.example") String email,
        @Schema(examples = "Jane Miller") String name,
        @Schema(enumeration = {"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"}) String role,
        @Schema(description = "Language of the user's e-mails (BCP 47): their own, else the company's locale.", examples = "nb-NO") String language,
        Company company) {

    @Schema(name = "MeCompany", description = "The caller's company.")
    public record Company(
            @Schema(examples = "ten_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
            @Schema(examples = "Acme Parquet GmbH") String name,
            @Schema(description = "Whether the owner confirmed the sign-up e-mail; until then the company cannot invite users or create "
                    + "API clients.") boolean emailVerified,
            @Schema(examples = "[\"orders\", \"planning\"]") List<String> enabledModules) {
    }
}
