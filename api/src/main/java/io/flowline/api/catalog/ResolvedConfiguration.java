package io.flowline.api.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The bill of materials of one configuration: the base lines plus the chosen options' components.")
public record ResolvedConfiguration(
        @Schema(examples = "resolved_configuration") String object,
        String itemId,
        @Schema(examples = "BAG-SET") String itemCode,
        List<Choice> choices,
        List<Line> lines) {

    @Schema(name = "ConfigurationChoice")
    public record Choice(
            @Schema(examples = "pen_colour") String groupCode,
            @Schema(examples = "Pen colour") String groupName,
            @Schema(examples = "blue") String optionCode,
            @Schema(examples = "Blue") String optionName) {
    }

    @Schema(name = "ResolvedConfigurationLine", description = "A component of the configuration; `option_group_code` and "
            + "`option_code` are set when it comes from an option rather than the base bill.")
    public record Line(
            String componentId,
            @Schema(examples = "PEN-BLUE") String componentCode,
            String componentName,
            @Schema(examples = "pc") String unit,
            @Schema(examples = "5") BigDecimal quantityPer,
            @Schema(examples = "0") BigDecimal scrapFactor,
            Integer operationSequence,
            @Schema(examples = "pen_colour") String optionGroupCode,
            @Schema(examples = "blue") String optionCode) {
    }
}
