package io.flowline.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private static final Optional<String> COMMON = Optional.of("is one of the most common passwords; choose another");

    @Test
    void sevenCharactersAreTooShort() {
        assertEquals(Optional.of("must be at least 8 characters"), PasswordPolicy.problem("k7#qZ!v"));
    }

    @Test
    void eightUncommonCharactersAreAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("k7#qZ!v2"));
    }

    @Test
    void oneHundredTwentyNineCharactersAreTooLong() {
        String password = "tangerine lighthouse gravel ".repeat(5).substring(0, 129);
        assertEquals(129, password.length());
        assertEquals(Optional.of("must be at most 128 characters"), PasswordPolicy.problem(password));
    }

    @Test
    void oneHundredTwentyEightCharactersAreAccepted() {
        String password = "tangerine lighthouse gravel ".repeat(5).substring(0, 128);
        assertEquals(Optional.empty(), PasswordPolicy.problem(password));
    }

    @Test
    void sixtyFourCharactersAreAccepted() {
        String password = "tangerine lighthouse gravel ".repeat(3).substring(0, 64);
        assertEquals(64, password.length());
        assertEquals(Optional.empty(), PasswordPolicy.problem(password));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String fourEmoji = "\uD83D\uDE00\uD83D\uDE80\uD83C\uDF4A\uD83D\uDC1D"; // 4 code points, 8 chars
        assertEquals(Optional.of("must be at least 8 characters"), PasswordPolicy.problem(fourEmoji));
        assertEquals(Optional.empty(), PasswordPolicy.problem(fourEmoji + fourEmoji));
    }

    @Test
    void commonPasswordsAreRefused() {
        assertEquals(COMMON, PasswordPolicy.problem("password1"));
        assertEquals(COMMON, PasswordPolicy.problem("qwertyuiop"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(COMMON, PasswordPolicy.problem("PassWord1"));
        assertEquals(COMMON, PasswordPolicy.problem("QWERTYUIOP"));
    }

    @Test
    void longUncommonPassphraseIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("tangerine lighthouse gravel forty-two umbrellas"));
    }
}
