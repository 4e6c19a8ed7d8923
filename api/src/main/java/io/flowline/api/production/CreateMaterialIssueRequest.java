package io.flowline.api.production;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Components to issue to a work order; all are issued or none.")
public record CreateMaterialIssueRequest(@NotNull @NotEmpty @Size(max = 100) List<@Valid @NotNull MaterialIssueLine> lines) {
}
