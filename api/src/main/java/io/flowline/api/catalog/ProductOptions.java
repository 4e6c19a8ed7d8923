package io.flowline.api.catalog;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The option groups of a configurable (assemble-to-order) product: one option is chosen per group, and "
        + "brings its components on top of the base bill of materials. `version` (also the ETag) is 0 while there are none.")
public record ProductOptions(
        @Schema(examples = "product_options") String object,
        String itemId,
        @Schema(examples = "BAG-SET") String itemCode,
        List<OptionGroup> groups,
        Instant updatedAt,
        @Schema(examples = "1") long version) {

    @Schema(name = "OptionGroup")
    public record OptionGroup(
            @Schema(examples = "pen_colour") String code,
            @Schema(examples = "Pen colour") String name,
            @Schema(description = "Whether a configuration must choose an option of this group.") boolean required,
            List<ProductOption> options) {
    }

    @Schema(name = "ProductOption")
    public record ProductOption(
            @Schema(examples = "blue") String code,
            @Schema(examples = "Blue") String name,
            List<BillOfMaterialsLine> components) {
    }
}
