package io.flowline.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

/** The checks' details are for the operator alone (rest.OperatorHealthResource); the public endpoints get less. */
final class HealthDetails {
    private HealthDetails() {
    }

    /** What the public /health endpoints show of a check: its name and UP or DOWN. */
    static HealthCheckResponse withoutDetails(HealthCheckResponse details) {
        return HealthCheckResponse.named(details.getName()).status(details.getStatus() == HealthCheckResponse.Status.UP).build();
    }
}
