package io.flowline.planning;

import java.time.LocalDate;
import java.util.List;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The caller's master schedule entries: saved, found, removed, and read by item and due date. */
@ApplicationScoped
public class MasterScheduleEntryRepository {
    @Inject
    EntityManager em;

    void save(MasterScheduleEntry entry) {
        em.persist(entry);
    }

    void remove(MasterScheduleEntry entry) {
        em.remove(entry);
    }

    /** The entry with this id; null for an unknown id, another tenant's, or none. */
    MasterScheduleEntry find(String id) {
        return id == null ? null : em.find(MasterScheduleEntry.class, id);
    }

    /** Oldest first, of one item if given. */
    List<MasterScheduleEntry> list(PageRequest page, String itemId) {
        return ListQuery.of(MasterScheduleEntry.class, "e").filter("e.itemId = :item", "item", itemId).list(em, page);
    }

    /** Every entry due from {@code from} on, by item and due date. */
    List<MasterScheduleEntry> dueFrom(LocalDate from) {
        return em.createNamedQuery("MasterScheduleEntry.dueFrom", MasterScheduleEntry.class).setParameter("from", from).getResultList();
    }

    /** The entries a forecast of the item wrote, due from {@code from} to before {@code to}. */
    List<MasterScheduleEntry> forecastOf(String itemId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("MasterScheduleEntry.forecastOfItemDue", MasterScheduleEntry.class).setParameter("item", itemId)
                .setParameter("forecast", MasterScheduleEntry.FORECAST).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
