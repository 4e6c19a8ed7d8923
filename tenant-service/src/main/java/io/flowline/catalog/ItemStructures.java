package io.flowline.catalog;

import java.time.Instant;
import java.util.Optional;

import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.ids.PublicIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Versions of items' bills, routings and option sets: 0 until the first replacement. */
@ApplicationScoped
public class ItemStructures {
    public static final String PREFIX = "ist";

    @Inject
    EntityManager em;

    public Optional<ItemStructure> find(String itemId, ItemStructure.Part part) {
        return find(em, itemId, part);
    }

    private static Optional<ItemStructure> find(EntityManager em, String itemId, ItemStructure.Part part) {
        return ItemStructureRepository.in(em).find(itemId, part);
    }

    public long version(String itemId, ItemStructure.Part part) {
        return find(itemId, part).map(ItemStructure::version).orElse(0L);
    }

    /**
     * Checks If-Match against the part's version and marks the part changed, so its version moves on
     * at commit; a concurrent replacement that passed the same If-Match then fails with a 409.
     */
    public ItemStructure replacing(String itemId, ItemStructure.Part part, String ifMatch) {
        return replacing(em, itemId, part, ifMatch);
    }

    /** {@link #replacing(String, ItemStructure.Part, String)} through an entity manager the caller opened for its tenant. */
    public ItemStructure replacing(EntityManager em, String itemId, ItemStructure.Part part, String ifMatch) {
        Optional<ItemStructure> existing = find(em, itemId, part);
        OptimisticLocking.requireMatch(ifMatch, existing.map(ItemStructure::version).orElse(0L));
        Instant now = Instant.now();
        if (existing.isPresent()) {
            existing.get().touched(now);
            return existing.get();
        }
        ItemStructure created = new ItemStructure(PublicIds.next(PREFIX), itemId, part, now);
        ItemStructureRepository.in(em).save(created);
        return created;
    }
}
