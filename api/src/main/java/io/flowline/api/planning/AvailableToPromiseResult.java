package io.flowline.api.planning;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Available-to-promise per period.")
public record AvailableToPromiseResult(
        @Schema(description = "Quantity that can still be promised, per period. Negative when booked orders already exceed "
                + "supply.", examples = "[20, 0, 0, 0, 0, 0]")
        List<BigDecimal> atp) {
}
