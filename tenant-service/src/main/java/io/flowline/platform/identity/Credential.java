package io.flowline.platform.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The sign-in directory entry for a person (login = e-mail) or an API client (login = client id).
 * Not tenant-owned (tenant-owned: no) — it is read before the tenant is known, and names the tenant it leads to.
 *
 * <p>Failed attempts throttle the login: after {@code freeAttempts} failures each next try must wait
 * twice as long as the one before, and at {@code lockAfter} failures the login is locked for a while.
 */
@Entity
@Table(name = "credentials")
public class Credential {
    public enum Kind { USER, API_CLIENT }

    @Id
    private String login;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "subject_id")
    private String subjectId;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "last_failed_at")
    private Instant lastFailedAt;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Version
    private long version;

    protected Credential() {
    }

    public Credential(String login, Kind kind, String tenantId, String subjectId, String secretHash) {
        this.login = login;
        this.kind = kind;
        this.tenantId = tenantId;
        this.subjectId = subjectId;
        this.secretHash = secretHash;
    }

    public String login() { return login; }
    public Kind kind() { return kind; }
    public String tenantId() { return tenantId; }
    public String subjectId() { return subjectId; }
    public String secretHash() { return secretHash; }
    public int failedAttempts() { return failedAttempts; }

    /** How long the caller must still wait before this login may be tried again; zero if it may now. */
    public Duration waitBeforeNextAttempt(Instant now, LoginThrottle throttle) {
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return Duration.between(now, lockedUntil);
        }
        if (failedAttempts < throttle.freeAttempts() || lastFailedAt == null) {
            return Duration.ZERO;
        }
        Instant next = lastFailedAt.plus(throttle.delayAfter(failedAttempts));
        return next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO;
    }

    /** Locked: tries are refused without being counted, so hammering a locked login does not stretch the lock. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void failed(Instant now, LoginThrottle throttle) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedAttempts = 0; // a lock that has run out starts a fresh count
            lockedUntil = null;
        }
        failedAttempts++;
        lastFailedAt = ceilToSecond(now);
        if (failedAttempts >= throttle.lockAfter()) {
            lockedUntil = ceilToSecond(now.plus(throttle.lockDuration()));
        }
    }

    /** Some databases keep whole seconds only (MariaDB through Connector/J); rounding up means that never shortens a wait. */
    private static Instant ceilToSecond(Instant instant) {
        Instant second = instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return second.equals(instant) ? second : second.plusSeconds(1);
    }

    void succeeded() {
        failedAttempts = 0;
        lastFailedAt = null;
        lockedUntil = null;
    }

    void changeSecret(String secretHash) {
        this.secretHash = secretHash;
    }
}
