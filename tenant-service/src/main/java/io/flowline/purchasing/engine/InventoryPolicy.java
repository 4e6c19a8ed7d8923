package io.flowline.purchasing.engine;

/** Reorder-point policy parameters for independent-demand items. */
public final class InventoryPolicy {

    private InventoryPolicy() {
    }

    /** Wilson's economic order quantity sqrt(2DS/H); demand and holding cost per year. */
    public static double economicOrderQuantity(double annualDemand, double orderingCost, double annualHoldingCostPerUnit) {
        if (annualDemand < 0 || orderingCost < 0 || annualHoldingCostPerUnit <= 0) {
            throw new IllegalArgumentException("demand and ordering cost must not be negative, holding cost must be positive");
        }
        return Math.sqrt(2 * annualDemand * orderingCost / annualHoldingCostPerUnit);
    }

    /** Safety stock z x sigma for a cycle service level (probability of no stock-out per replenishment cycle). */
    public static double safetyStock(double cycleServiceLevel, double leadTimeDemandStandardDeviation) {
        if (leadTimeDemandStandardDeviation < 0) {
            throw new IllegalArgumentException("standard deviation must not be negative");
        }
        return inverseStandardNormal(cycleServiceLevel) * leadTimeDemandStandardDeviation;
    }

    /** Reorder point = mean lead-time demand + safety stock. */
    public static double reorderPoint(double leadTimeDemandMean, double cycleServiceLevel,
                                      double leadTimeDemandStandardDeviation) {
        return leadTimeDemandMean + safetyStock(cycleServiceLevel, leadTimeDemandStandardDeviation);
    }

    /**
     * Inverse of the standard normal distribution function: Wichura, M. J. (1988), "Algorithm AS 241:
     * The Percentage Points of the Normal Distribution", Applied Statistics 37(3), 477–484 (PPND16,
     * about 1e-16 relative accuracy).
     */
    public static double inverseStandardNormal(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must lie strictly between 0 and 1");
        }
        double q = probability - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                    + 133.14166789178437745) * r + 3.387132872796366608)
                    / (((((((5226.495278852545610 * r + 28729.085735721942674) * r + 39307.895800092710610) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.18700749205790830) * r
                    + 42.313330701600911252) * r + 1.0);
        }
        double r = Math.sqrt(-Math.log(q < 0 ? probability : 1 - probability));
        double value;
        if (r <= 5) {
            r -= 1.6;
            value = (((((((7.74545014278341407640e-4 * r + 0.0227238449892691845833) * r + 0.241780725177450611770) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.76949722146069140550) * r
                    + 4.63033784615654529590) * r + 1.42343711074968357734)
                    / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 0.0151986665636164571966) * r
                    + 0.148103976427480074590) * r + 0.689767334985100004550) * r + 1.67638483018380384940) * r
                    + 2.05319162663775882187) * r + 1.0);
        } else {
            r -= 5;
            value = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.00124266094738807843860) * r
                    + 0.0265321895265761230930) * r + 0.296560571828504891230) * r + 1.78482653991729133580) * r
                    + 5.46378491116411436990) * r + 6.65790464350110377720)
                    / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r
                    + 7.86869131145613259100e-4) * r + 0.0148753612908506148525) * r + 0.136929880922735805310) * r
                    + 0.599832206555887937690) * r + 1.0);
        }
        return q < 0 ? -value : value;
    }
}
