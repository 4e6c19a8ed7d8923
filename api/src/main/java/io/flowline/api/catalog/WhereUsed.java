package io.flowline.api.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The items whose bills (or product options) use an item: its direct parents, or with `levels=all` "
        + "every item above it, indented depth first.")
public record WhereUsed(
        @Schema(examples = "where_used") String object,
        String itemId,
        @Schema(examples = "WOOD-OAK") String itemCode,
        @Schema(enumeration = {"1", "all"}) String levels,
        List<WhereUsedLine> lines) {

    @Schema(name = "WhereUsedLine", description = "A parent (`item_…`) using `component_id` with the line's quantity.")
    public record WhereUsedLine(
            @Schema(examples = "1") int level,
            String itemId,
            @Schema(examples = "LAM-OAK") String itemCode,
            String itemName,
            @Schema(description = "The item one level below that this parent uses.") String componentId,
            @Schema(examples = "0.012") BigDecimal quantityPer,
            @Schema(examples = "0.1") BigDecimal scrapFactor,
            @Schema(description = "Set when the use is through a product option rather than the base bill.", examples = "pen_colour")
            String optionGroupCode,
            @Schema(examples = "blue") String optionCode,
            @Schema(description = "Whether the parent is itself used nowhere.") boolean topLevel) {
    }
}
