package io.flowline.imports;

import java.time.Instant;
import java.util.List;

import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.NotPermitted;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.limits.Quota;
import io.flowline.platform.limits.Quotas;
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

/** The caller's import jobs, and the worker's updates of them, each committed on its own so progress shows while a job runs. */
@ApplicationScoped
public class ImportJobs {
    public static final String PREFIX = "imp";
    static final int MAX_ERRORS_KEPT = 1000;

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    EntityManagers entityManagers;

    @Inject
    TransactionEntityManagers joined;

    @Inject
    ImportRuns runs;

    @Inject
    Quotas quotas;

    /** @throws NotPermitted when this month's import rows are used up: no file fits then, whatever its size */
    @Transactional
    public ImportJob create(String kind, String format) {
        quotas.require(em, em.find(Tenant.class, caller.tenantId()), Quota.IMPORT_ROWS_THIS_MONTH, 1);
        Instant now = Instant.now();
        ImportJob job = new ImportJob(PublicIds.next(PREFIX), kind, format, caller.actorType(), caller.actorId(), now);
        em.persist(job);
        em.persist(new ImportRun(job.id(), caller.tenantId(), runs.runner(), now));
        em.flush();
        return job;
    }

    public ImportJob get(String id) {
        ImportJob job = id == null ? null : em.find(ImportJob.class, id);
        if (job == null) {
            throw new NotFound("import", id);
        }
        return job;
    }

    public List<ImportJob> list(PageRequest page) {
        return ImportJobRepository.in(em).list(page);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(String tenantId, String id, ImportJob.Status status, int rowsTotal, int rowsDone) {
        change(tenantId, id, job -> job.progress(status, rowsTotal, rowsDone));
    }

    /** Ends the job as failed, unless it was ended already (see {@link #claim}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(String tenantId, String id, List<RowError> errors) {
        List<RowError> kept = errors.size() > MAX_ERRORS_KEPT ? errors.subList(0, MAX_ERRORS_KEPT) : errors;
        String json = kept.isEmpty() ? null : JsonbConfigurator.jsonb().toJson(kept);
        EntityManager tenantEm = joined.forTenant(tenantId);
        if (claim(tenantEm, id)) {
            change(tenantEm, id, job -> job.finish(ImportJob.Status.FAILED, 0, errors.size(), json, Instant.now()));
        }
    }

    /**
     * Ends the job as succeeded in the transaction that wrote its rows; false if it was ended already, and then that
     * transaction must not commit.
     */
    boolean succeed(EntityManager tenantEm, String id, int imported) {
        if (!claim(tenantEm, id)) {
            return false;
        }
        // Locked, so read as last committed: progress commits in transactions of its own while this one writes.
        ImportJob job = tenantEm.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        job.finish(ImportJob.Status.SUCCEEDED, imported, 0, null, Instant.now());
        tenantEm.flush();
        return true;
    }

    /**
     * Removes the job's run, true if this call did: the one that removes it ends the job, so a runner and the clean-up of an
     * instance taken for gone never both end one (the delete locks the row until the first commits).
     */
    private static boolean claim(EntityManager em, String id) {
        return ImportJobRepository.in(em).releaseRun(id);
    }

    /** Renews the heartbeat of the runs this instance registered since it started. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew(String runner, Instant started, Instant now) {
        ImportJobRepository.in(joined.global()).renewRuns(runner, started, now);
    }

    /** Every import running now, of every tenant: a few rows at most. */
    List<ImportRun> runs() {
        EntityManager global = entityManagers.global();
        try {
            return ImportJobRepository.in(global).runs();
        } finally {
            global.close();
        }
    }

    private void change(String tenantId, String id, java.util.function.Consumer<ImportJob> change) {
        entityManagers.change(tenantId, ImportJob.class, id, change);
    }

    private static void change(EntityManager tenantEm, String id, java.util.function.Consumer<ImportJob> change) {
        ImportJob job = tenantEm.find(ImportJob.class, id);
        if (job != null) {
            change.accept(job);
            tenantEm.flush();
        }
    }
}
