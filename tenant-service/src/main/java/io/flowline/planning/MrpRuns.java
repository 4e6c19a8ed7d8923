package io.flowline.planning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.tenancy.EntityManagers;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The caller's MRP runs, and the worker's updates of them: each update is committed on its own, with an entity manager
 * of its own, so progress shows while the run's big write is still open.
 */
@ApplicationScoped
public class MrpRuns {
    public static final String PREFIX = "mrp";
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);

    @Inject
    EntityManager em;

    @Inject
    MrpRunRepository repository;

    @Inject
    TenantContext caller;

    @Inject
    EntityManagers entityManagers;

    @Inject
    TransactionEntityManagers joined;

    /**
     * Queues a run, one at a time per company: while another is queued or running this is a 409. A run left unfinished for
     * longer than {@link #ABANDONED_AFTER} was cut off by a stop of the service (a full run takes seconds); it ends as failed
     * and no longer blocks. The tenant row's lock makes two concurrent starts take turns.
     */
    @Transactional
    public MrpRun create(String bucket, int horizon, LocalDate startDate) {
        em.find(Tenant.class, caller.tenantId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        for (MrpRun unfinished : repository.unfinished()) {
            if (unfinished.createdAt().isAfter(now.minus(ABANDONED_AFTER))) {
                throw new Conflict("mrp-run-in-progress", "MRP run " + unfinished.id() + " is still " + unfinished.status()
                        + "; start another once it has finished (GET /api/v1/planning/mrp-runs/" + unfinished.id() + ").");
            }
            unfinished.fail("The run did not finish within " + ABANDONED_AFTER.toMinutes() + " minutes: the service stopped while it ran. "
                    + "Nothing of it is in force; start a new run.", now, Duration.between(unfinished.createdAt(), now).toMillis());
        }
        MrpRun run = new MrpRun(PublicIds.next(PREFIX), bucket, horizon, startDate, caller.actorType(), caller.actorId(), now);
        repository.save(run);
        return run;
    }

    /** The caller's today, in its time zone: where a run starts unless told otherwise. */
    public LocalDate today() {
        return em.find(Tenant.class, caller.tenantId()).today();
    }

    public MrpRun get(String id) {
        MrpRun run = find(id);
        if (run == null) {
            throw new NotFound("MRP run", id);
        }
        return run;
    }

    public MrpRun find(String id) {
        return repository.find(id);
    }

    /**
     * Whether the run's unreleased proposals are kept: the plan in force and the one before it keep them; retention deletes
     * those of earlier runs (see {@link MrpRunner}), and until it has, they are not shown.
     */
    public boolean keepsProposals(MrpRun run) {
        return repository.completedAfter(run, 2) < 2;
    }

    public List<MrpRun> list(PageRequest page) {
        return repository.list(page);
    }

    /** The plan in force: the latest completed run (ids grow with time). */
    public Optional<MrpRun> latestCompleted() {
        return repository.completed(0);
    }

    /** The completed run before the plan in force: the proposals of the runs before it are no longer kept. */
    public Optional<MrpRun> previousCompleted() {
        return repository.completed(1);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(String tenantId, String id, LocalDate firstDay) {
        change(tenantId, id, run -> run.start(firstDay, Instant.now()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(String tenantId, String id, int percent) {
        change(tenantId, id, run -> run.progress(percent));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completed(String tenantId, String id, int items, int plannedOrders, int exceptionCount, String exceptionsJson, long durationMs) {
        change(tenantId, id, run -> run.complete(items, plannedOrders, exceptionCount, exceptionsJson, Instant.now(), durationMs));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String tenantId, String id, String failure, long durationMs) {
        change(tenantId, id, run -> run.fail(failure, Instant.now(), durationMs));
    }

    /** Marks the plan in force stale: a committed change of demand is not in it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void outdate(String tenantId, String reason) {
        EntityManager tenantEm = joined.forTenant(tenantId);
        MrpRunRepository.in(tenantEm).completed(0).ifPresent(run -> {
            run.outdate(reason);
            tenantEm.flush();
        });
    }

    private void change(String tenantId, String id, Consumer<MrpRun> change) {
        entityManagers.change(tenantId, MrpRun.class, id, change);
    }
}
