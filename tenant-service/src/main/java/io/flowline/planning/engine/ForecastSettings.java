package io.flowline.planning.engine;

/**
 * Method and parameters for {@link Forecasting}. Initial level and trend are optional: NaN lets
 * the method derive them from the first observations.
 *
 * @param method       the method, or AUTO
 * @param window       periods averaged by the moving average
 * @param alpha        level smoothing, 0..1
 * @param beta         trend smoothing, 0..1 (Hyndman &amp; Athanasopoulos' beta*)
 * @param gamma        seasonal smoothing, 0..1
 * @param seasonLength periods per season for Holt–Winters; 0 when the data are not seasonal
 * @param initialLevel level before the first observation, or NaN
 * @param initialTrend trend before the first observation, or NaN
 */
public record ForecastSettings(ForecastMethod method, int window, double alpha, double beta, double gamma,
                               int seasonLength, double initialLevel, double initialTrend) {

    private static final int DEFAULT_WINDOW = 3;
    private static final double DEFAULT_ALPHA = 0.3;
    private static final double DEFAULT_BETA = 0.1;
    private static final double DEFAULT_GAMMA = 0.1;

    public ForecastSettings {
        if (method == null) {
            throw new IllegalArgumentException("method is required");
        }
        if (window < 0 || seasonLength < 0 || outsideUnit(alpha) || outsideUnit(beta) || outsideUnit(gamma)) {
            throw new IllegalArgumentException("window and season length must not be negative, smoothing in 0..1");
        }
    }

    public static ForecastSettings movingAverage(int window) {
        return new ForecastSettings(ForecastMethod.MOVING_AVERAGE, window, 0, 0, 0, 0, Double.NaN, Double.NaN);
    }

    public static ForecastSettings simpleExponentialSmoothing(double alpha) {
        return new ForecastSettings(ForecastMethod.SIMPLE_EXPONENTIAL_SMOOTHING, 0, alpha, 0, 0, 0, Double.NaN, Double.NaN);
    }

    public static ForecastSettings holtLinearTrend(double alpha, double beta) {
        return new ForecastSettings(ForecastMethod.HOLT_LINEAR_TREND, 0, alpha, beta, 0, 0, Double.NaN, Double.NaN);
    }

    public static ForecastSettings holtWintersAdditive(double alpha, double beta, double gamma, int seasonLength) {
        return new ForecastSettings(ForecastMethod.HOLT_WINTERS_ADDITIVE, 0, alpha, beta, gamma, seasonLength,
                Double.NaN, Double.NaN);
    }

    /** AUTO with default parameters (window 3, alpha 0.3, beta 0.1, gamma 0.1); season length 0 if none. */
    public static ForecastSettings auto(int seasonLength) {
        return new ForecastSettings(ForecastMethod.AUTO, DEFAULT_WINDOW, DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_GAMMA,
                seasonLength, Double.NaN, Double.NaN);
    }

    public ForecastSettings withInitialLevel(double level) {
        return new ForecastSettings(method, window, alpha, beta, gamma, seasonLength, level, initialTrend);
    }

    public ForecastSettings withInitialTrend(double trend) {
        return new ForecastSettings(method, window, alpha, beta, gamma, seasonLength, initialLevel, trend);
    }

    ForecastSettings withMethod(ForecastMethod other) {
        return new ForecastSettings(other, window, alpha, beta, gamma, seasonLength, initialLevel, initialTrend);
    }

    private static boolean outsideUnit(double value) {
        return !(value >= 0 && value <= 1);
    }
}
