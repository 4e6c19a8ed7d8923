package io.flowline.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final LoginThrottle throttle = new LoginThrottle(3, 20, Duration.ofMinutes(15));

    @Test
    void delayIsOneSecondAtTheFreeAttemptsAndDoubles() {
        assertEquals(Duration.ofSeconds(1), throttle.delayAfter(3));
        assertEquals(Duration.ofSeconds(2), throttle.delayAfter(4));
        assertEquals(Duration.ofSeconds(4), throttle.delayAfter(5));
        assertEquals(Duration.ofSeconds(32), throttle.delayAfter(8));
    }

    @Test
    void delayIsAtMostAMinute() {
        assertEquals(Duration.ofSeconds(60), throttle.delayAfter(9));
        assertEquals(Duration.ofSeconds(60), throttle.delayAfter(19));
        assertEquals(Duration.ofSeconds(60), throttle.delayAfter(Integer.MAX_VALUE));
    }
}
