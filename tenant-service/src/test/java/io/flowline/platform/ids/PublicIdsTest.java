package io.flowline.platform.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PublicIdsTest {
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** The milliseconds held in the first ten characters after the prefix. */
    private static long millisOf(String id) {
        String body = id.substring(id.indexOf('_') + 1);
        long millis = 0;
        for (int i = 0; i < 10; i++) {
            millis = (millis << 5) | CROCKFORD.indexOf(body.charAt(i));
        }
        return millis;
    }

    @Test
    void idIsPrefixUnderscoreAndTwentySixCrockfordBase32Characters() {
        for (int i = 0; i < 1_000; i++) {
            String id = PublicIds.next("usr");
            assertTrue(id.matches("usr_[0-9A-HJKMNP-TV-Z]{26}"), id);
        }
    }

    @Test
    void firstTenCharactersEncodeTheMillis() {
        assertEquals("0000000000", PublicIds.next("usr", 0L).substring(4, 14));
        assertEquals("0000000001", PublicIds.next("usr", 1L).substring(4, 14));
        assertEquals("0000000010", PublicIds.next("usr", 32L).substring(4, 14));
        long millis = 1_774_958_400_000L; // 2026-03-31T12:00:00Z
        assertEquals(millis, millisOf(PublicIds.next("usr", millis)));
    }

    @Test
    void nextWithoutTimeUsesTheCurrentMillis() {
        long before = System.currentTimeMillis();
        String id = PublicIds.next("aud");
        long after = System.currentTimeMillis();
        long millis = millisOf(id);
        assertTrue(millis >= before && millis <= after, before + " <= " + millis + " <= " + after);
    }

    @Test
    void idsMadeAtALaterMillisecondSortAfter() {
        long[] times = {0L, 31L, 32L, 1_774_958_400_000L, (1L << 48) - 2};
        for (long t : times) {
            for (int i = 0; i < 500; i++) {
                String earlier = PublicIds.next("usr", t);
                String later = PublicIds.next("usr", t + 1);
                assertTrue(earlier.compareTo(later) < 0, earlier + " should sort before " + later);
            }
        }
    }

    @Test
    void idsMadeInTheSameMillisecondAreStillUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(PublicIds.next("usr", 1_774_958_400_000L)), "duplicate after " + i + " ids");
        }
    }

    @Test
    void manyIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(PublicIds.next("usr"));
        }
        assertEquals(100_000, seen.size());
    }
}
