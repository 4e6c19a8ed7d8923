package io.flowline.platform.identity;

import java.time.Duration;

/** How failed sign-ins slow a login down and then lock it. */
public record LoginThrottle(int freeAttempts, int lockAfter, Duration lockDuration) {

    /** 1 s after the first throttled failure, doubling, at most a minute. */
    Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(failedAttempts - freeAttempts, 6);
        return Duration.ofSeconds(Math.min(1L << doublings, 60));
    }
}
