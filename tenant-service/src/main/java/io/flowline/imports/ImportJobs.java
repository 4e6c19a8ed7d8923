package io.flowline.imports;

import java.time.Instant;
import java.util.List;

import io.flowline.api.imports.ImportJob.ImportRowError;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.problem.ApiProblem;
import io.flowline.platform.tenancy.EntityManagers;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    @Transactional
    public ImportJob create(String kind, String format) {
        em.joinTransaction();
        ImportJob job = new ImportJob(PublicIds.next(PREFIX), kind, format, caller.actorType(), caller.actorId(), Instant.now());
        em.persist(job);
        em.flush();
        return job;
    }

    public ImportJob get(String id) {
        ImportJob job = id == null ? null : em.find(ImportJob.class, id);
        if (job == null) {
            throw new ApiProblem.NotFound("import", id);
        }
        return job;
    }

    public List<ImportJob> list(PageRequest page) {
        TypedQuery<ImportJob> q = em.createQuery("SELECT j FROM ImportJob j" + (page.after() != null ? " WHERE j.id > :after" : "")
                + " ORDER BY j.id", ImportJob.class).setMaxResults(page.fetchSize());
        if (page.after() != null) {
            q.setParameter("after", page.after());
        }
        return q.getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(String tenantId, String id, ImportJob.Status status, int rowsTotal, int rowsDone) {
        change(tenantId, id, job -> job.progress(status, rowsTotal, rowsDone));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(String tenantId, String id, ImportJob.Status status, int imported, List<ImportRowError> errors) {
        List<ImportRowError> kept = errors.size() > MAX_ERRORS_KEPT ? errors.subList(0, MAX_ERRORS_KEPT) : errors;
        String json = kept.isEmpty() ? null : JsonbConfigurator.jsonb().toJson(kept);
        change(tenantId, id, job -> job.finish(status, imported, errors.size(), json, Instant.now()));
    }

    private void change(String tenantId, String id, java.util.function.Consumer<ImportJob> change) {
        EntityManager tenantEm = entityManagers.forTenant(tenantId);
        try {
            tenantEm.joinTransaction();
            ImportJob job = tenantEm.find(ImportJob.class, id);
            if (job != null) {
                change.accept(job);
                tenantEm.flush();
            }
        } finally {
            tenantEm.close();
        }
    }
}
