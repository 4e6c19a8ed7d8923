package io.flowline.platform.ids;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Opaque public ids: a type prefix and 26 Crockford base32 characters, 48 bits of milliseconds then
 * 80 random bits (the ULID layout). Unguessable, never sequential, and sorted by creation time, which
 * is what cursor pagination orders by.
 */
public final class PublicIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {
    }

    public static String next(String prefix) {
        return next(prefix, Clock.systemUTC().millis());
    }

    static String next(String prefix, long millis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) { // 10 chars x 5 bits = 50 bits of time, top 2 always zero
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (random[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (random[i] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (high & 31)];
            high >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (low & 31)];
            low >>>= 5;
        }
        return prefix + "_" + new String(out);
    }
}
