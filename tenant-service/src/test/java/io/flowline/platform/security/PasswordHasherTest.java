package io.flowline.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * The Argon2id known answers come from the reference implementation's test suite (phc-winner-argon2,
 * src/test.c, Argon2id, v=0x13). RFC 9106 §5.3's Argon2id vector is not used: it needs a secret key and
 * associated data, which {@link PasswordHasher#argon2id} does not take, so it cannot be reproduced through it.
 */
class PasswordHasherTest {
    private static final byte[] SOMESALT = "somesalt".getBytes(StandardCharsets.US_ASCII);

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void hashIsAnArgon2idPhcStringWithTheOwaspParameters() {
        String phc = PasswordHasher.hash("tangerine lighthouse gravel");
        // 16 bytes of salt and 32 of hash, unpadded standard base64.
        assertTrue(phc.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), phc);
    }

    @Test
    void verifyAcceptsTheRightPassword() {
        String phc = PasswordHasher.hash("tangerine lighthouse gravel");
        assertTrue(PasswordHasher.verify("tangerine lighthouse gravel", phc));
    }

    @Test
    void verifyRejectsAWrongPassword() {
        String phc = PasswordHasher.hash("tangerine lighthouse gravel");
        assertFalse(PasswordHasher.verify("tangerine lighthouse grave1", phc));
        assertFalse(PasswordHasher.verify("", phc));
    }

    @Test
    void twoHashesOfTheSamePasswordUseDifferentSalts() {
        String first = PasswordHasher.hash("tangerine lighthouse gravel");
        String second = PasswordHasher.hash("tangerine lighthouse gravel");
        assertNotEquals(first.split("\\$")[4], second.split("\\$")[4]);
        assertNotEquals(first, second);
        assertTrue(PasswordHasher.verify("tangerine lighthouse gravel", first));
        assertTrue(PasswordHasher.verify("tangerine lighthouse gravel", second));
    }

    @Test
    void argon2idMatchesTheReferenceVectorAt64MiBOneLane() {
        assertEquals("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7",
                hex(PasswordHasher.argon2id("password", SOMESALT, 65536, 2, 1, 32)));
    }

    @Test
    void argon2idMatchesTheReferenceVectorAt256KiBTwoLanes() {
        assertEquals("6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037",
                hex(PasswordHasher.argon2id("password", SOMESALT, 256, 2, 2, 32)));
    }

    @Test
    void argon2idMatchesTheReferenceVectorForAnotherPassword() {
        assertEquals("0b84d652cf6b0c4beaef0dfe278ba6a80df6696281d7e0d2891b817d8c458fde",
                hex(PasswordHasher.argon2id("differentpassword", SOMESALT, 65536, 2, 1, 32)));
    }

    @Test
    void verifyReadsAPhcStringMadeByTheReferenceImplementation() {
        String reference = "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
        assertTrue(PasswordHasher.verify("password", reference));
        assertFalse(PasswordHasher.verify("passwore", reference));
    }

    @Test
    void verifyRefusesAnArgon2iHashEvenForTheRightPassword() {
        // The reference Argon2i (not id) hash of "password" with the same salt and parameters.
        String argon2i = "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8";
        assertFalse(PasswordHasher.verify("password", argon2i));
    }

    @Test
    void verifyRefusesAMalformedParameterInsteadOfThrowing() {
        assertFalse(PasswordHasher.verify("password", "$argon2id$v=19$m=abc,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"));
    }
}
