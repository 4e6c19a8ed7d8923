package io.flowline.imports;

import java.time.Instant;
import java.util.List;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

/**
 * Import jobs and the runs that say which instance works on one, read and written through the entity manager given: the
 * caller's, a job's tenant's, or the global one for the runs of every tenant.
 */
record ImportJobRepository(EntityManager em) {

    static ImportJobRepository in(EntityManager em) {
        return new ImportJobRepository(em);
    }

    List<ImportJob> list(PageRequest page) {
        return ListQuery.of(ImportJob.class, "j").list(em, page);
    }

    /** Rows imported by jobs created since {@code first}. */
    long importedSince(Instant first) {
        Long rows = em.createNamedQuery("ImportJob.importedSince", Long.class).setParameter("first", first).getSingleResult();
        return rows == null ? 0 : rows;
    }

    /** Removes the job's run, true if this call did (the delete locks the row until the first remover commits). */
    boolean releaseRun(String jobId) {
        return em.createNamedQuery("ImportRun.release").setParameter("id", jobId).executeUpdate() == 1;
    }

    /** Renews the heartbeat of the runs {@code runner} registered since it started. */
    void renewRuns(String runner, Instant started, Instant now) {
        em.createNamedQuery("ImportRun.renew").setParameter("now", now).setParameter("runner", runner).setParameter("started", started)
                .executeUpdate();
    }

    List<ImportRun> runs() {
        return em.createNamedQuery("ImportRun.all", ImportRun.class).getResultList();
    }
}
