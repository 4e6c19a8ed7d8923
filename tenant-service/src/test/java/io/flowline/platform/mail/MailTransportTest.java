package io.flowline.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailTransportTest {
    @TempDir
    Path folder;

    @Test
    void withoutAnSmtpServerEachMailIsAnEmlFileThatMailProgramsOpen() throws Exception {
        MailSettings settings = new MailSettings();
        settings.host = Optional.empty();
        settings.user = Optional.empty();
        settings.password = Optional.empty();
        settings.from = "Flowline <no-reply@flowline.example>";
        settings.directory = folder.resolve("mail").toString();
        MailTransport transport = new MailTransport();
        transport.settings = settings;
        String body = "Hei,\n\nåpne https://flowline.example/app/reset-password?token=prt_" + "x".repeat(60) + "\n";

        Path file = transport.send(new MailOutbox.Outgoing("ten_1", "msg_1", "kari@acme.example", "nb", "password_reset",
                "Tilbakestill passordet ditt i Flowline", body, 1));

        assertEquals(folder.resolve("mail").resolve("msg_1.eml"), file);
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage read = new MimeMessage(Session.getInstance(new java.util.Properties()), in);
            assertEquals("Tilbakestill passordet ditt i Flowline", read.getSubject());
            assertEquals("kari@acme.example", read.getAllRecipients()[0].toString());
            assertEquals(body.replace("\n", "\r\n").strip(), read.getContent().toString().replace("\n", "\r\n").replace("\r\r", "\r").strip());
            assertEquals("nb", read.getHeader("Content-Language")[0]);
        }
    }

    @Test
    void retriesWaitLongerEachTimeUpToSixHours() {
        MailSettings settings = new MailSettings();
        settings.retrySeconds = 30;
        assertEquals(30, settings.backoff(1).toSeconds());
        assertEquals(60, settings.backoff(2).toSeconds());
        assertEquals(240, settings.backoff(4).toSeconds());
        assertEquals(6 * 3600, settings.backoff(30).toSeconds());
        assertTrue(settings.backoff(0).toSeconds() >= 30);
    }
}
