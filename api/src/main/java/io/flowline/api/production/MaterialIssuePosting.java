package io.flowline.api.production;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one material issue request posted: one issue per place and lot the stock was taken from.")
public record MaterialIssuePosting(
        @Schema(examples = "material_issue_posting") String object,
        @Schema(examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workOrderId,
        List<MaterialIssue> issues) {
}
