package io.flowline.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in throttle as the credential applies it: free attempts, doubling waits, a lock, and resets. */
class CredentialTest {
    private static final LoginThrottle THROTTLE = new LoginThrottle(3, 10, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-03-31T12:00:00Z");

    private Credential credential;

    @BeforeEach
    void newCredential() {
        credential = new Credential("jane@acme.example", Credential.Kind.USER, "ten_1", "usr_1", "$argon2id$...");
    }

    /** Fails {@code times} times, each exactly when the throttle first allows it; returns the time of the last failure. */
    private Instant failAsSoonAsAllowed(Instant from, int times) {
        Instant now = from;
        for (int i = 0; i < times; i++) {
            now = now.plus(credential.waitBeforeNextAttempt(now, THROTTLE));
            credential.failed(now, THROTTLE);
        }
        return now;
    }

    @Test
    void newCredentialMayBeTriedAtOnce() {
        assertEquals(Duration.ZERO, credential.waitBeforeNextAttempt(T0, THROTTLE));
        assertEquals(0, credential.failedAttempts());
    }

    @Test
    void failuresUpToTheFreeAttemptsBringNoWaitBeforeTheLast() {
        credential.failed(T0, THROTTLE);
        credential.failed(T0, THROTTLE);
        assertEquals(2, credential.failedAttempts());
        assertEquals(Duration.ZERO, credential.waitBeforeNextAttempt(T0, THROTTLE));
    }

    @Test
    void afterTheFreeAttemptsTheNextAttemptWaitsOneSecond() {
        failAsSoonAsAllowed(T0, 3);
        assertEquals(Duration.ofSeconds(1), credential.waitBeforeNextAttempt(T0, THROTTLE));
    }

    @Test
    void waitShrinksAsTimePasses() {
        failAsSoonAsAllowed(T0, 3);
        assertEquals(Duration.ofMillis(600), credential.waitBeforeNextAttempt(T0.plusMillis(400), THROTTLE));
        assertEquals(Duration.ZERO, credential.waitBeforeNextAttempt(T0.plusSeconds(1), THROTTLE));
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        Instant last = failAsSoonAsAllowed(T0, 3);
        long[] expectedSeconds = {1, 2, 4, 8, 16, 32};
        for (long expected : expectedSeconds) {
            assertEquals(Duration.ofSeconds(expected), credential.waitBeforeNextAttempt(last, THROTTLE),
                    "after " + credential.failedAttempts() + " failures");
            last = last.plusSeconds(expected);
            credential.failed(last, THROTTLE);
        }
        assertEquals(9, credential.failedAttempts());
    }

    @Test
    void atLockAfterFailuresTheLoginIsLockedForTheLockDuration() {
        Instant last = failAsSoonAsAllowed(T0, 10);
        assertEquals(10, credential.failedAttempts());
        assertEquals(Duration.ofMinutes(15), credential.waitBeforeNextAttempt(last, THROTTLE));
        assertEquals(Duration.ofMinutes(5), credential.waitBeforeNextAttempt(last.plus(Duration.ofMinutes(10)), THROTTLE));
    }

    @Test
    void lockedFromTheFailureThatReachesLockAfterUntilTheLockRunsOut() {
        Instant ninth = failAsSoonAsAllowed(T0, 9);
        assertFalse(credential.lockedAt(ninth));
        Instant tenth = failAsSoonAsAllowed(ninth, 1);
        assertTrue(credential.lockedAt(tenth));
        assertTrue(credential.lockedAt(tenth.plus(Duration.ofMinutes(14))));
        assertFalse(credential.lockedAt(tenth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void whenTheLockRunsOutTheLoginMayBeTriedAgain() {
        Instant last = failAsSoonAsAllowed(T0, 10);
        assertEquals(Duration.ZERO, credential.waitBeforeNextAttempt(last.plus(Duration.ofMinutes(15)), THROTTLE));
    }

    @Test
    void aFailureAfterTheLockRunsOutStartsAFreshCount() {
        Instant last = failAsSoonAsAllowed(T0, 10);
        Instant afterLock = last.plus(Duration.ofMinutes(15));
        credential.failed(afterLock, THROTTLE);
        assertEquals(1, credential.failedAttempts());
        assertEquals(Duration.ZERO, credential.waitBeforeNextAttempt(afterLock, THROTTLE));
    }

    @Test
    void successResetsTheCount() {
        failAsSoonAsAllowed(T0, 5);
        credential.succeeded();
        assertEquals(0, credential.failedAttempts());
        assertEquals(Duration.ZERO, credential.waitBeforeNextAttempt(T0, THROTTLE));
        credential.failed(T0, THROTTLE);
        assertEquals(Duration.ZERO, credential.waitBeforeNextAttempt(T0, THROTTLE));
    }

    @Test
    void successLiftsALock() {
        Instant last = failAsSoonAsAllowed(T0, 10);
        credential.succeeded();
        assertEquals(Duration.ZERO, credential.waitBeforeNextAttempt(last, THROTTLE));
    }
}
