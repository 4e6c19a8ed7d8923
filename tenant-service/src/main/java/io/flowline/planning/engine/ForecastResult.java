package io.flowline.planning.engine;

/**
 * A forecast and how well the method fitted the history.
 *
 * @param method                         the method used (never AUTO)
 * @param forecast                       forecast for each period after the history
 * @param fitted                         one-step-ahead forecast of each history period, NaN where none
 * @param meanAbsoluteError              MAE over the periods with a fitted value
 * @param meanAbsolutePercentageError    MAPE in percent, skipping periods whose actual is 0
 * @param rootMeanSquaredError           RMSE over the periods with a fitted value
 */
public record ForecastResult(ForecastMethod method, double[] forecast, double[] fitted, double meanAbsoluteError,
                            double meanAbsolutePercentageError, double rootMeanSquaredError) {
}
