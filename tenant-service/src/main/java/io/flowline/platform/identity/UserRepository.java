package io.flowline.platform.identity;

import java.util.Optional;

import jakarta.persistence.EntityManager;

/** A company's users, read through the entity manager given: the caller's, or an invitation's tenant's. */
public record UserRepository(EntityManager em) {

    public static UserRepository in(EntityManager em) {
        return new UserRepository(em);
    }

    public Optional<User> withEmail(String email) {
        return em.createNamedQuery("User.withEmail", User.class).setParameter("email", email).getResultStream().findFirst();
    }

    /** The user invited with this token's hash. */
    public Optional<User> invitedWith(String invitationHash) {
        return em.createNamedQuery("User.invitedWith", User.class).setParameter("hash", invitationHash).getResultStream().findFirst();
    }

    public long countWithRole(Role role, User.Status status) {
        return em.createNamedQuery("User.countWithRole", Long.class).setParameter("role", role).setParameter("status", status)
                .getSingleResult();
    }
}
