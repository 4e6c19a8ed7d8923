package io.flowline.platform.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.ReadOnly;

/**
 * The sender's view of the outbox across tenants (tenant-owned: no): which messages are due, and in which tenant. Read
 * only; each message is then read and changed as the tenant's own {@link MailMessage}, so writes stay tenant-filtered.
 */
@Entity
@NamedQuery(name = "MailQueueEntry.due", query = "SELECT m FROM MailQueueEntry m WHERE m.status = :queued AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt")
@ReadOnly
@Table(name = "mail_messages")
public class MailQueueEntry {
    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Enumerated(EnumType.STRING)
    private MailMessage.Status status;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected MailQueueEntry() {
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
}
