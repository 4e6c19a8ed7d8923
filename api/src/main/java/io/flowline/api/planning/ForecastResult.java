package io.flowline.api.planning;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A forecast and how well the method fitted the history.")
public record ForecastResult(
        @Schema(description = "Forecast for each of the `horizon` periods after the history.", examples = "[15, 15, 15]")
        List<BigDecimal> forecast,
        @Schema(description = "One-step-ahead forecast of each history period (using only the periods before it); null where "
                + "the method has none yet.", examples = "[null, 10, 15]", type = SchemaType.ARRAY, implementation = ForecastResult.FittedValue.class)
        List<BigDecimal> fitted,
        @Schema(description = "Mean absolute error over the periods with a fitted value; absent if there are none.", examples = "12.5")
        BigDecimal mae,
        @Schema(description = "Mean absolute percentage error in percent, skipping periods whose actual is 0; absent if none remain.",
                examples = "55")
        BigDecimal mape,
        @Schema(description = "Root mean squared error over the periods with a fitted value; absent if there are none.",
                examples = "13.46")
        BigDecimal rmse,
        @Schema(description = "The method used; for `auto`, the one chosen.",
                enumeration = {"moving_average", "simple_exponential_smoothing", "holt", "holt_winters"},
                examples = "simple_exponential_smoothing")
        String method) {

    /** A period's fitted value, or null where the method has none yet: a schema of its own, as a list's items cannot say so. */
    @Schema(name = "FittedValue", type = SchemaType.NUMBER, nullable = true)
    public interface FittedValue {
    }
}
