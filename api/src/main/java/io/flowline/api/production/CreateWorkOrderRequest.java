package io.flowline.api.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateWorkOrderRequest(
        @Schema(description = "An item of yours that is made in house.", examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String itemId,
        @Schema(examples = "120") @NotNull @Positive @DecimalMax("1000000000") @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(examples = "2026-03-02") @NotNull LocalDate startDate,
        @Schema(description = "Not before the start date.", examples = "2026-03-06") @NotNull LocalDate dueDate,
        @Schema(description = "The customer order it is made for.", examples = "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @Size(max = 64) String salesOrderId,
        @Schema(description = "Where its output is received; by default your first warehouse.", examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y")
        @Size(max = 64) String outputWarehouseId,
        @Schema(description = "A storage location of the output warehouse.", examples = "loc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @Size(max = 64) String outputLocationId,
        @Schema(description = "For a configurable item, the chosen option code per option group; its bill of materials becomes the work order's "
                + "material list at release.") @Size(max = 50) Map<String, String> configuration) {
}
