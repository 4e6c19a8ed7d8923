package io.flowline.planning.engine;

import java.util.Arrays;

/**
 * Demand forecasting by moving average and exponential smoothing, in the component form of
 * Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (2nd ed., 2018), ch. 7.
 * Fitted values are one-step-ahead forecasts: fitted[i] uses history up to i-1 only.
 */
public final class Forecasting {

    private Forecasting() {
    }

    public static ForecastResult forecast(double[] history, int horizon, ForecastSettings settings) {
        if (history.length == 0 || horizon < 0) {
            throw new IllegalArgumentException("forecasting needs history and a non-negative horizon");
        }
        ForecastSettings chosen = settings.method() == ForecastMethod.AUTO ? choose(history, settings) : settings;
        Fit fit = fit(history, horizon, chosen);
        return accuracy(chosen.method(), history, fit);
    }

    private record Fit(double[] fitted, double[] forecast) {
    }

    private static Fit fit(double[] history, int horizon, ForecastSettings settings) {
        return switch (settings.method()) {
            case MOVING_AVERAGE -> movingAverage(history, horizon, settings.window());
            case SIMPLE_EXPONENTIAL_SMOOTHING -> simpleExponentialSmoothing(history, horizon, settings);
            case HOLT_LINEAR_TREND -> holtLinearTrend(history, horizon, settings);
            case HOLT_WINTERS_ADDITIVE -> holtWintersAdditive(history, horizon, settings);
            case AUTO -> throw new IllegalStateException("AUTO is resolved before fitting");
        };
    }

    private static Fit movingAverage(double[] history, int horizon, int window) {
        if (window < 1 || window > history.length) {
            throw new IllegalArgumentException("moving average needs a window between 1 and the history length");
        }
        double[] fitted = noValues(history.length);
        double sum = 0;
        for (int t = 0; t < history.length; t++) {
            if (t >= window) {
                fitted[t] = sum / window;
                sum -= history[t - window];
            }
            sum += history[t];
        }
        double[] forecast = new double[horizon];
        Arrays.fill(forecast, sum / window);
        return new Fit(fitted, forecast);
    }

    /** Without an initial level the first observation is the level, so fitted[1] = history[0]. */
    private static Fit simpleExponentialSmoothing(double[] history, int horizon, ForecastSettings settings) {
        double[] fitted = noValues(history.length);
        double alpha = settings.alpha();
        boolean given = !Double.isNaN(settings.initialLevel());
        double level = given ? settings.initialLevel() : history[0];
        for (int t = given ? 0 : 1; t < history.length; t++) {
            fitted[t] = level;
            level = alpha * history[t] + (1 - alpha) * level;
        }
        double[] forecast = new double[horizon];
        Arrays.fill(forecast, level);
        return new Fit(fitted, forecast);
    }

    /**
     * Holt (1957). With an initial level (and trend, default 0) fitting starts at period 0; without,
     * the level is history[1] and the trend history[1] - history[0], so fitting starts at period 2
     * (starting earlier would fit history[1] perfectly by construction).
     */
    private static Fit holtLinearTrend(double[] history, int horizon, ForecastSettings settings) {
        double[] fitted = noValues(history.length);
        boolean given = !Double.isNaN(settings.initialLevel());
        if (!given && history.length < 2) {
            throw new IllegalArgumentException("Holt's method needs two observations or an initial level");
        }
        double level = given ? settings.initialLevel() : history[1];
        double trend = given ? (Double.isNaN(settings.initialTrend()) ? 0 : settings.initialTrend())
                : history[1] - history[0];
        for (int t = given ? 0 : 2; t < history.length; t++) {
            fitted[t] = level + trend;
            double previousLevel = level;
            level = settings.alpha() * history[t] + (1 - settings.alpha()) * (level + trend);
            trend = settings.beta() * (level - previousLevel) + (1 - settings.beta()) * trend;
        }
        double[] forecast = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            forecast[h - 1] = level + h * trend;
        }
        return new Fit(fitted, forecast);
    }

    /**
     * Additive Holt–Winters (Winters 1960). The initial state comes from the first two seasons (the
     * classical start: level = mean of season 1, trend = difference of the season means / m,
     * seasonal indices = season-1 values less that level), so fitting starts at period m.
     */
    private static Fit holtWintersAdditive(double[] history, int horizon, ForecastSettings settings) {
        int m = settings.seasonLength();
        int n = history.length;
        if (m < 2 || n < 2 * m) {
            throw new IllegalArgumentException("Holt-Winters needs a season length of at least 2 and two seasons of history");
        }
        double firstSeason = 0;
        double secondSeason = 0;
        for (int i = 0; i < m; i++) {
            firstSeason += history[i] / m;
            secondSeason += history[m + i] / m;
        }
        double level = firstSeason;
        double trend = (secondSeason - firstSeason) / m;
        double[] seasonal = new double[n];
        for (int i = 0; i < m; i++) {
            seasonal[i] = history[i] - level;
        }
        double[] fitted = noValues(n);
        double alpha = settings.alpha();
        double beta = settings.beta();
        double gamma = settings.gamma();
        for (int t = m; t < n; t++) {
            fitted[t] = level + trend + seasonal[t - m];
            double previousLevel = level;
            double previousTrend = trend;
            level = alpha * (history[t] - seasonal[t - m]) + (1 - alpha) * (previousLevel + previousTrend);
            trend = beta * (level - previousLevel) + (1 - beta) * previousTrend;
            seasonal[t] = gamma * (history[t] - previousLevel - previousTrend) + (1 - gamma) * seasonal[t - m];
        }
        double[] forecast = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            forecast[h - 1] = level + h * trend + seasonal[n - m + (h - 1) % m];
        }
        return new Fit(fitted, forecast);
    }

    /**
     * AUTO: fit each method with the settings' parameters on all but a holdout (the last season when
     * there are three seasons of data, otherwise the last 20 %, at least one period), choose the
     * lowest holdout MAE (ties to the simpler method), then refit the chosen method on all data.
     */
    private static ForecastSettings choose(double[] history, ForecastSettings settings) {
        int n = history.length;
        int m = settings.seasonLength();
        int holdout = m >= 2 && n >= 3 * m ? m : (int) Math.max(1, Math.round(0.2 * n));
        int training = n - holdout;
        ForecastSettings best = settings.withMethod(ForecastMethod.SIMPLE_EXPONENTIAL_SMOOTHING);
        if (training < 1) {
            return best;
        }
        double[] train = Arrays.copyOf(history, training);
        double bestError = Double.POSITIVE_INFINITY;
        for (ForecastMethod method : ForecastMethod.values()) {
            if (!fits(method, training, settings)) {
                continue;
            }
            ForecastSettings candidate = settings.withMethod(method);
            double[] forecast = fit(train, holdout, candidate).forecast();
            double error = 0;
            for (int h = 0; h < holdout; h++) {
                error += Math.abs(history[training + h] - forecast[h]) / holdout;
            }
            if (error < bestError) {
                bestError = error;
                best = candidate;
            }
        }
        return best;
    }

    private static boolean fits(ForecastMethod method, int training, ForecastSettings settings) {
        return switch (method) {
            case MOVING_AVERAGE -> settings.window() >= 1 && settings.window() <= training;
            case SIMPLE_EXPONENTIAL_SMOOTHING -> true;
            case HOLT_LINEAR_TREND -> training >= 2 || !Double.isNaN(settings.initialLevel());
            case HOLT_WINTERS_ADDITIVE -> settings.seasonLength() >= 2 && training >= 2 * settings.seasonLength();
            case AUTO -> false;
        };
    }

    private static ForecastResult accuracy(ForecastMethod method, double[] history, Fit fit) {
        double absolute = 0;
        double squared = 0;
        double percentage = 0;
        int count = 0;
        int percentageCount = 0;
        for (int t = 0; t < history.length; t++) {
            if (Double.isNaN(fit.fitted()[t])) {
                continue;
            }
            double error = history[t] - fit.fitted()[t];
            absolute += Math.abs(error);
            squared += error * error;
            count++;
            if (history[t] != 0) {
                percentage += Math.abs(error / history[t]);
                percentageCount++;
            }
        }
        return new ForecastResult(method, fit.forecast(), fit.fitted(),
                count == 0 ? Double.NaN : absolute / count,
                percentageCount == 0 ? Double.NaN : 100 * percentage / percentageCount,
                count == 0 ? Double.NaN : Math.sqrt(squared / count));
    }

    private static double[] noValues(int length) {
        double[] values = new double[length];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
