package io.flowline.platform.mail;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One e-mail in the outbox: queued with the change that causes it, then sent (or given up) by {@link MailSender}. */
@Entity
@Table(name = "mail_messages")
public class MailMessage extends TenantOwned {
    public enum Status { QUEUED, SENT, FAILED }

    private String recipient;
    private String language;
    private String kind;
    private String subject;
    /** The text until it is sent; it may hold a single-use link, so it is not kept after. */
    private String body;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected MailMessage() {
    }

    MailMessage(String id, String recipient, String language, String kind, String subject, String body, Instant now) {
        super(id, now);
        this.recipient = recipient;
        this.language = language;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.status = Status.QUEUED;
        this.nextAttemptAt = now;
        this.updatedAt = now;
    }

    public String recipient() { return recipient; }
    public String language() { return language; }
    public String kind() { return kind; }
    public String subject() { return subject; }
    String body() { return body; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public Instant sentAt() { return sentAt; }
    public Instant updatedAt() { return updatedAt; }

    boolean dueAt(Instant now) {
        return status == Status.QUEUED && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** Takes the message for one attempt; the next attempt is due at {@code retryAt} unless this one ends it. */
    void attempt(Instant now, Instant retryAt) {
        attempts++;
        nextAttemptAt = retryAt;
        updatedAt = now;
    }

    void sent(Instant now, String fileName) {
        status = Status.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
        body = null;
        this.fileName = fileName;
        updatedAt = now;
    }

    /** A failed attempt: tried again at the time {@link #attempt} set, unless that was the last one. */
    void failed(Instant now, String error, boolean lastAttempt) {
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        if (lastAttempt) {
            status = Status.FAILED;
            nextAttemptAt = null;
            body = null;
        }
        updatedAt = now;
    }
}
