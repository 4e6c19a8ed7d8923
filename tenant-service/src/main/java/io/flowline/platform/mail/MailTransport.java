package io.flowline.platform.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Hands one message to the SMTP server, or, with none configured, writes it as an .eml file a newcomer can open. */
@ApplicationScoped
public class MailTransport {
    @Inject
    MailSettings settings;

    /** Sends; returns the file written when there is no SMTP server, else null. */
    Path send(MailOutbox.Outgoing outgoing) throws MessagingException, IOException {
        MimeMessage message = message(outgoing);
        if (settings.smtp()) {
            if (settings.user() != null && !settings.user().isBlank()) {
                Transport.send(message, settings.user(), settings.password());
            } else {
                Transport.send(message);
            }
            return null;
        }
        Path directory = Path.of(settings.directory()).toAbsolutePath();
        Files.createDirectories(directory);
        Path file = directory.resolve(outgoing.id() + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        return file;
    }

    MimeMessage message(MailOutbox.Outgoing outgoing) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(settings.sessionProperties()));
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.recipient(), true));
        message.setSubject(outgoing.subject(), "UTF-8");
        message.setText(outgoing.body(), "UTF-8");
        message.setHeader("Content-Language", outgoing.language());
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }
}
