package io.flowline.api.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The document a movement or reservation belongs to, such as an order line, purchase order or work order.")
public record StockReference(
        @Schema(description = "order, order_line, purchase_order, work_order, stock_count or another lower-case word.", examples = "work_order")
        @NotBlank @Size(max = 32) @Pattern(regexp = "[a-z][a-z_]*", message = "must be a lower-case word such as work_order") String type,
        @Schema(examples = "WO-2024-0042") @NotBlank @Size(max = 64) String id) {
}
