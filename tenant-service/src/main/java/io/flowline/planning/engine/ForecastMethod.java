package io.flowline.planning.engine;

/** Forecasting methods; AUTO picks one of the others by holdout error. */
public enum ForecastMethod {
    MOVING_AVERAGE,
    SIMPLE_EXPONENTIAL_SMOOTHING,
    HOLT_LINEAR_TREND,
    HOLT_WINTERS_ADDITIVE,
    AUTO
}
