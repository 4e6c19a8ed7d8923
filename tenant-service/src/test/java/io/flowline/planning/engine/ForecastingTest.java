package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ForecastingTest {

    /**
     * Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice", 2nd ed. (2018), section 7.1,
     * Saudi Arabian oil production 1996–2013 (fpp2::oildata), SES with the estimates alpha = 0.8339,
     * initial level 446.5868. Published forecast for 2014 onwards: 542.68.
     */
    @Test
    void simpleExponentialSmoothingReproducesTheOilExample() {
        double[] oil = {445.36, 453.20, 454.41, 422.38, 456.04, 440.39, 425.19, 486.21, 500.43, 521.28, 508.95,
                488.89, 509.87, 456.72, 473.82, 525.95, 549.83, 542.34};
        ForecastResult result = Forecasting.forecast(oil, 3,
                ForecastSettings.simpleExponentialSmoothing(0.8339).withInitialLevel(446.5868));

        assertEquals(542.68, result.forecast()[0], 0.01);
        assertEquals(542.68, result.forecast()[2], 0.01);
        assertEquals(446.5868, result.fitted()[0], 1e-12);
    }

    /**
     * Hyndman &amp; Athanasopoulos (2018), section 7.2, Australian air passengers 1990–2016
     * (fpp2::ausair), Holt's method with alpha = 0.8302, beta* = 0.0001, initial level 15.5715 and
     * trend 2.1017. Published forecast for 2017: 74.60.
     */
    @Test
    void holtLinearTrendReproducesTheAirPassengerExample() {
        double[] passengers = {17.55, 21.86, 23.89, 26.93, 26.89, 28.83, 30.08, 30.95, 30.19, 31.58, 32.58, 33.48,
                39.02, 41.39, 41.60, 44.66, 46.95, 48.73, 51.49, 50.03, 60.64, 63.36, 66.36, 68.20, 68.12, 69.78, 72.60};
        ForecastResult result = Forecasting.forecast(passengers, 5,
                ForecastSettings.holtLinearTrend(0.8302, 0.0001).withInitialLevel(15.5715).withInitialTrend(2.1017));

        assertEquals(74.60, result.forecast()[0], 0.01);
    }

    @Test
    void movingAverageAndAccuracyMeasures() {
        ForecastResult result = Forecasting.forecast(new double[]{10, 20, 30, 40}, 2, ForecastSettings.movingAverage(3));

        assertArrayEquals(new double[]{Double.NaN, Double.NaN, Double.NaN, 20}, result.fitted(), 1e-12);
        assertArrayEquals(new double[]{30, 30}, result.forecast(), 1e-12);
        // one fitted period, error 40 - 20
        assertEquals(20, result.meanAbsoluteError(), 1e-12);
        assertEquals(50, result.meanAbsolutePercentageError(), 1e-12);
        assertEquals(20, result.rootMeanSquaredError(), 1e-12);
    }

    @Test
    void simpleExponentialSmoothingWithoutInitialLevelStartsFromTheFirstObservation() {
        ForecastResult result = Forecasting.forecast(new double[]{10, 20, 0}, 1,
                ForecastSettings.simpleExponentialSmoothing(0.5));

        // fitted[1] = 10; level then 15; forecast 0.5 x 0 + 0.5 x 15
        assertArrayEquals(new double[]{Double.NaN, 10, 15}, result.fitted(), 1e-12);
        assertEquals(7.5, result.forecast()[0], 1e-12);
        // MAPE skips the actual of 0: only |20 - 10| / 20
        assertEquals(50, result.meanAbsolutePercentageError(), 1e-12);
        assertEquals(12.5, result.meanAbsoluteError(), 1e-12);
    }

    @Test
    void holtWithoutInitialValuesFollowsALinearSeriesExactly() {
        ForecastResult result = Forecasting.forecast(new double[]{10, 12, 14, 16, 18}, 2,
                ForecastSettings.holtLinearTrend(0.5, 0.5));

        assertArrayEquals(new double[]{Double.NaN, Double.NaN, 14, 16, 18}, result.fitted(), 1e-12);
        assertArrayEquals(new double[]{20, 22}, result.forecast(), 1e-12);
        assertEquals(0, result.meanAbsoluteError(), 1e-12);
    }

    /**
     * Hand-computed additive Holt–Winters, season 2, alpha = beta = gamma = 0.5: start level 2,
     * trend (3 - 2) / 2 = 0.5, seasonal -1 and 1; then e.g. period 2: fitted 2 + 0.5 - 1 = 1.5,
     * level 0.5 x (2 + 1) + 0.5 x 2.5 = 2.75, trend 0.625, seasonal 0.5 x (2 - 2.5) + 0.5 x -1 = -0.75.
     */
    @Test
    void holtWintersAdditiveByHand() {
        ForecastResult result = Forecasting.forecast(new double[]{1, 3, 2, 4, 3}, 2,
                ForecastSettings.holtWintersAdditive(0.5, 0.5, 0.5, 2));

        assertArrayEquals(new double[]{Double.NaN, Double.NaN, 1.5, 4.375, 2.96875}, result.fitted(), 1e-12);
        assertArrayEquals(new double[]{5.0859375, 4.078125}, result.forecast(), 1e-12);
    }

    @Test
    void autoChoosesTheMethodThatFitsTheHoldout() {
        double[] seasonal = new double[16];
        double[] pattern = {10, 30, 20, 40};
        for (int t = 0; t < seasonal.length; t++) {
            seasonal[t] = pattern[t % 4];
        }
        ForecastResult seasonalResult = Forecasting.forecast(seasonal, 4, ForecastSettings.auto(4));
        assertEquals(ForecastMethod.HOLT_WINTERS_ADDITIVE, seasonalResult.method());
        assertArrayEquals(pattern, seasonalResult.forecast(), 1e-9);

        ForecastResult trendResult = Forecasting.forecast(new double[]{10, 12, 14, 16, 18, 20, 22, 24, 26, 28}, 1,
                ForecastSettings.auto(0));
        assertEquals(ForecastMethod.HOLT_LINEAR_TREND, trendResult.method());
        assertEquals(30, trendResult.forecast()[0], 1e-9);
        assertEquals(10, trendResult.fitted().length);
    }
}
