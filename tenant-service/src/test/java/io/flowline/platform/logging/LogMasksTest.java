package io.flowline.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLIntegrityConstraintViolationException;

import org.junit.jupiter.api.Test;

class LogMasksTest {

    @Test
    void eMailAddressesKeepTheirFirstLetterAndDomain() {
        assertEquals("Duplicate entry 'j***@acme.example' for key 'users_email'",
                LogMasks.mask("Duplicate entry 'jane.miller+erp@acme.example' for key 'users_email'"));
        assertEquals("a***@b.co and ø***@fjord.no", LogMasks.mask("ab@b.co and øyvind@fjord.no"));
        assertEquals("SendFailedException: Invalid Addresses; nested: 550 j***@acme.example unknown, k***@b.example",
                LogMasks.mask("SendFailedException: Invalid Addresses; nested: 550 jane.doe+x@acme.example unknown, k@b.example"));
        assertEquals("no address here", LogMasks.mask("no address here"));
        assertNull(LogMasks.mask(null));
    }

    @Test
    void tokensAreReplacedWhole() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.c2lnbmF0dXJl";
        assertEquals("Bearer [token] refused", LogMasks.mask("Bearer " + jwt + " refused"));
    }

    @Test
    void aMaskedExceptionKeepsClassStackAndCausesButNotTheAddress() {
        var cause = new SQLIntegrityConstraintViolationException("Duplicate entry 'jane@acme.example' for key 'x'");
        var exception = new IllegalStateException("insert failed", cause);
        Throwable masked = LogMasks.masked(exception);
        assertEquals("java.lang.IllegalStateException: insert failed", masked.getMessage());
        assertTrue(masked.getCause().getMessage().startsWith("java.sql.SQLIntegrityConstraintViolationException: Duplicate entry 'j***@acme.example'"));
        assertFalse(masked.getCause().toString().contains("jane@"));
        assertEquals(exception.getStackTrace()[0], masked.getStackTrace()[0]);
    }
}
