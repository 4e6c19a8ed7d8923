package io.flowline.platform.idempotency;

import java.time.Duration;
import java.time.Instant;

import io.flowline.platform.persistence.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Claims keys and keeps first outcomes, each in its own short transaction beside the request's. */
@ApplicationScoped
public class IdempotencyStore {
    /** As Stripe: a key may be replayed for a day. */
    static final Duration RETENTION = Duration.ofHours(24);
    /** A claim older than this belongs to a request that died; a retry may take it over. */
    static final Duration ABANDONED = Duration.ofSeconds(60);

    public sealed interface Claim permits Claimed, Replay, Mismatch, InProgress {
    }

    public record Claimed() implements Claim {
    }

    public record Replay(int status, String body, String omittedFields, String location, String etag) implements Claim {
    }

    public record Mismatch() implements Claim {
    }

    public record InProgress() implements Claim {
    }

    @Inject
    TransactionEntityManagers joined;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String scope, String key, String requestHash) {
        EntityManager em = joined.global();
        Instant now = Instant.now();
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key));
        if (record == null) {
            em.persist(new IdempotencyRecord(scope, key, requestHash, now));
            em.flush();
            return new Claimed();
        }
        boolean expired = record.createdAt().isBefore(now.minus(RETENTION));
        boolean abandoned = record.state() == IdempotencyRecord.State.IN_PROGRESS && record.createdAt().isBefore(now.minus(ABANDONED));
        if (expired || abandoned) {
            record.restart(requestHash, now);
            em.flush();
            return new Claimed();
        }
        if (!record.requestHash().equals(requestHash)) {
            return new Mismatch();
        }
        if (record.state() == IdempotencyRecord.State.IN_PROGRESS) {
            return new InProgress();
        }
        return new Replay(record.responseStatus(), record.responseBody(), record.omittedFields(), record.location(), record.etag());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String scope, String key, int status, String body, String omittedFields, String location, String etag) {
        EntityManager em = joined.global();
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key));
        if (record != null) {
            record.complete(status, body, omittedFields, location, etag);
        }
    }

    /** The request failed on our side: let a retry run it again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String scope, String key) {
        EntityManager em = joined.global();
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key));
        if (record != null) {
            em.remove(record);
        }
    }
}
