package io.flowline.platform.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void letsTheBurstThroughThenRefusesUntilItRefills() {
        TokenBucket bucket = new TokenBucket(100, 200, 0);
        for (int i = 0; i < 200; i++) {
            assertTrue(bucket.take(0).allowed(), "request " + i);
        }
        TokenBucket.Take refused = bucket.take(0);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(1, refused.secondsUntilNext());
        assertEquals(2, refused.secondsUntilFull());
        // 10 ms at 100/s is one request
        assertTrue(bucket.take(SECOND / 100).allowed());
        assertFalse(bucket.take(SECOND / 100).allowed());
    }

    @Test
    void refillsAtTheRateUpToTheBurstOnly() {
        TokenBucket bucket = new TokenBucket(100, 200, 0);
        bucket.take(0);
        TokenBucket.Take afterAnHour = bucket.take(3600 * SECOND);
        assertEquals(199, afterAnHour.remaining());
        assertEquals(1, afterAnHour.secondsUntilFull());
        assertFalse(bucket.full(3600 * SECOND));
        assertTrue(bucket.full(3601 * SECOND));
    }

    @Test
    void aSlowRateSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(0.25, 1, 0);
        assertTrue(bucket.take(0).allowed());
        TokenBucket.Take refused = bucket.take(0);
        assertFalse(refused.allowed());
        assertEquals(4, refused.secondsUntilNext());
    }
}
