package io.flowline.planning;

import java.util.List;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The tenant's MRP runs: saved, found, listed, and read by how far they got. */
@ApplicationScoped
public class MrpRunRepository {
    @Inject
    EntityManager em;

    MrpRunRepository() { // for CDI: the caller's runs
    }

    private MrpRunRepository(EntityManager em) {
        this.em = em;
    }

    /** The runs seen through {@code em}: for work done for an explicit tenant, in that entity manager's transaction. */
    static MrpRunRepository in(EntityManager em) {
        return new MrpRunRepository(em);
    }

    void save(MrpRun run) {
        em.persist(run);
        em.flush();
    }

    /** The run with this id; null for an unknown id, another tenant's, or none. */
    MrpRun find(String id) {
        return id == null ? null : em.find(MrpRun.class, id);
    }

    List<MrpRun> list(PageRequest page) {
        return ListQuery.of(MrpRun.class, "r").list(em, page);
    }

    /** The runs queued or running. */
    List<MrpRun> unfinished() {
        return em.createNamedQuery("MrpRun.unfinished", MrpRun.class)
                .setParameter("unfinished", List.of(MrpRun.apiName(MrpRun.Status.QUEUED), MrpRun.apiName(MrpRun.Status.RUNNING))).getResultList();
    }

    /** How many runs completed after {@code run}, counted up to {@code most}. */
    int completedAfter(MrpRun run, int most) {
        return em.createNamedQuery("MrpRun.completedAfter", String.class)
                .setParameter("completed", MrpRun.apiName(MrpRun.Status.COMPLETED)).setParameter("run", run.id()).setMaxResults(most)
                .getResultList().size();
    }

    /** The completed run {@code back} runs before the latest completed one (0: the latest). */
    Optional<MrpRun> completed(int back) {
        return em.createNamedQuery("MrpRun.completedLatestFirst", MrpRun.class)
                .setParameter("completed", MrpRun.apiName(MrpRun.Status.COMPLETED)).setFirstResult(back).setMaxResults(1).getResultList()
                .stream().findFirst();
    }
}
