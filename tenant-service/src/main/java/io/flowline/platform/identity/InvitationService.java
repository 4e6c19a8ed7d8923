package io.flowline.platform.identity;

import java.time.Instant;
import java.util.Optional;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.persistence.DuplicateKey;
import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.security.PasswordHasher;
import io.flowline.platform.security.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Turns an invitation into a login. The token is {@code inv_<tenant>.<secret>}: the tenant part only
 * says where to look; the secret's hash must match an open invitation there.
 */
@ApplicationScoped
public class InvitationService {
    @Inject
    TransactionEntityManagers joined;

    @Inject
    AuditLog audit;

    @Transactional
    public User accept(InvitationAcceptance request) {
        PasswordPolicy.problem(request.password()).ifPresent(p -> {
            throw new RuleBroken("password", p);
        });
        String token = request.token();
        int dot = token.indexOf('.');
        if (!token.startsWith("inv_") || dot <= "inv_".length()) { // no tenant part: an entity manager bound to no tenant cannot query
            throw unknown();
        }
        EntityManager em = joined.forTenant(token.substring(4, dot));
        try {
            Optional<User> invited = UserRepository.in(em).invitedWith(PasswordHasher.sha256(token));
            Instant now = Instant.now();
            if (invited.isEmpty() || !invited.get().invitationValidAt(now)) {
                throw unknown();
            }
            User user = invited.get();
            if (em.find(Credential.class, user.email()) != null) {
                throw new Conflict("email-taken", "The e-mail " + user.email() + " already signs in to another Flowline company.");
            }
            String tenantId = token.substring(4, dot);
            em.persist(new Credential(user.email(), Credential.Kind.USER, tenantId, user.id(), PasswordHasher.hash(request.password())));
            user.accept(request.name());
            audit.record(em, "user", user.id(), "user.invitation_accepted", "user", user.id(), new Changes().field("status", "invited", "active"));
            em.flush();
            return user;
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw new Conflict("email-taken", "This e-mail already signs in to Flowline.");
            }
            throw e;
        }
    }

    private static NotFound unknown() {
        return new NotFound("invitation-not-found", "Invitation not found",
                "This invitation is unknown, already used or expired; ask for a new one.");
    }
}
