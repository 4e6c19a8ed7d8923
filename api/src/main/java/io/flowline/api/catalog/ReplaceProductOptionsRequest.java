package io.flowline.api.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "All option groups of the product; they replace the current ones. An empty list makes the product "
        + "non-configurable.")
public record ReplaceProductOptionsRequest(
        @NotNull @Size(max = 50) List<@NotNull @Valid Group> groups) {

    @Schema(name = "OptionGroupRequest")
    public record Group(
            @Schema(description = "Unique among the product's groups; the key in a configuration's `choices`.", examples = "pen_colour")
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "may hold letters, digits, _ . and - only") String code,
            @Schema(examples = "Pen colour") @NotBlank @Size(max = 200) String name,
            @Schema(description = "true if absent.") Boolean required,
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Option> options) {
    }

    @Schema(name = "ProductOptionRequest")
    public record Option(
            @Schema(description = "Unique in its group.", examples = "blue")
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "may hold letters, digits, _ . and - only") String code,
            @Schema(examples = "Blue") @NotBlank @Size(max = 200) String name,
            @NotNull @Size(max = 200) List<@NotNull @Valid BillOfMaterialsLineRequest> components) {
    }
}
