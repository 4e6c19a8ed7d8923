package io.flowline.platform.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How mail leaves the service: SMTP when a host is configured, else an .eml file per message in {@link #directory}. */
@ApplicationScoped
public class MailSettings {
    @Inject
    @ConfigProperty(name = "flowline.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "flowline.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "flowline.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "flowline.mail.smtp.password")
    Optional<String> password;

    /** STARTTLS required before credentials or mail are sent; only a local test server should turn it off. */
    @Inject
    @ConfigProperty(name = "flowline.mail.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "flowline.mail.from", defaultValue = "Flowline <no-reply@flowline.example>")
    String from;

    @Inject
    @ConfigProperty(name = "flowline.mail.directory", defaultValue = "mail")
    String directory;

    @Inject
    @ConfigProperty(name = "flowline.mail.retry-seconds", defaultValue = "30")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "flowline.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "flowline.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;

    public boolean smtp() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Jakarta Mail session properties for the SMTP server, with timeouts so a stuck server cannot hold a sender thread. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElse("localhost"));
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.auth", Boolean.toString(user.filter(u -> !u.isBlank()).isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return properties;
    }

    String user() { return user.orElse(null); }
    String password() { return password.orElse(null); }
    String from() { return from; }
    String directory() { return directory; }
    int maxAttempts() { return Math.max(1, maxAttempts); }
    int pollSeconds() { return Math.max(1, pollSeconds); }

    /** The wait after the n-th failed attempt: the retry interval, doubling each time, at most six hours. */
    Duration backoff(int attempt) {
        long seconds = (long) Math.max(1, retrySeconds) << Math.min(Math.max(0, attempt - 1), 20);
        return Duration.ofSeconds(Math.min(seconds, Duration.ofHours(6).toSeconds()));
    }
}
