package io.flowline.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailerTest {
    @Test
    void logsShowAddressesMasked() {
        assertEquals("o***@acme.example", Mailer.masked("owner@acme.example"));
        assertEquals("***", Mailer.masked("no address"));
        assertEquals("SendFailedException: Invalid Addresses; nested: 550 j***@acme.example unknown, k***@b.example",
                Mailer.maskedIn("SendFailedException: Invalid Addresses; nested: 550 jane.doe+x@acme.example unknown, k@b.example"));
    }
}
