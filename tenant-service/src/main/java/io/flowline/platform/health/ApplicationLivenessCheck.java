package io.flowline.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has memory to spare; a restart will not fix a slow database, so that is readiness only. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthDetails.withoutDetails(details());
    }

    /** With the heap figures, for the operator at {@code /operator/health}. */
    public HealthCheckResponse details() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return HealthCheckResponse.named("heap").status(used < runtime.maxMemory() * 0.95)
                .withData("used_mb", used / (1024 * 1024)).withData("max_mb", runtime.maxMemory() / (1024 * 1024)).build();
    }
}
