package io.flowline.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the IT server sends to. Started on first use and kept for
 * the whole run; tests that need an outage stop it and start it again.
 */
public final class Mailbox {
    private static final String PORT = System.getProperty("flowline.it.smtp-port");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static GreenMail server;

    private Mailbox() {
    }

    /** False against a server the tests did not configure (benchmarks against a running service). */
    public static boolean configured() {
        return PORT != null;
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(Integer.parseInt(PORT), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages to the address received so far. */
    public static synchronized List<MimeMessage> received(String address) {
        start();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> to(m, address)).toList();
    }

    /** Waits until at least {@code count} messages to the address have arrived, and returns them in order of arrival. */
    public static List<MimeMessage> await(String address, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> messages = received(address);
            if (messages.size() >= count) {
                return messages;
            }
            sleep(100);
        }
        return fail("no " + count + " e-mail(s) to " + address + " within " + WAIT.toSeconds() + " s; got " + received(address).size());
    }

    /** The last message to the address whose subject contains the text, waiting for it. */
    public static MimeMessage awaitSubject(String address, String subjectPart) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> matching = received(address).stream().filter(m -> subject(m).contains(subjectPart)).toList();
            if (!matching.isEmpty()) {
                return matching.get(matching.size() - 1);
            }
            sleep(100);
        }
        return fail("no e-mail to " + address + " with '" + subjectPart + "' in its subject within " + WAIT.toSeconds() + " s");
    }

    /** The decoded text of a message (a long link is soft-wrapped in its quoted-printable form). */
    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single-use code with the prefix (evt_, prt_, inv_) in the message's text. */
    public static String token(MimeMessage message, String prefix) {
        Matcher matcher = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(prefix) + "[A-Za-z0-9_.-]+").matcher(text(message));
        return matcher.find() ? matcher.group() : fail("no " + prefix + " code in " + text(message));
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
