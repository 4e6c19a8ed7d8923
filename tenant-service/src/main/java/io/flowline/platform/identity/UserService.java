package io.flowline.platform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.NotPermitted;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.security.PasswordHasher;
import io.flowline.platform.mail.Mailer;
import io.flowline.platform.tenancy.EmailVerifications;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** People in the caller's company: invitations, roles, deactivation. */
@ApplicationScoped
public class UserService {
    public static final String PREFIX = "usr";
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    Sessions sessions;

    @Inject
    EmailVerifications verifications;

    @Inject
    Mailer mailer;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "flowline.public-url")
    String publicUrl;

    /** A user just invited, with the one-time token that only this response shows. */
    public record Invitation(User user, String token) {
    }

    public List<User> list(PageRequest page, String status) {
        User.Status wanted = null;
        if (status != null) {
            wanted = java.util.Arrays.stream(User.Status.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                    .orElseThrow(() -> new RuleBroken("status", "must be one of invited, active, deactivated"));
        }
        return ListQuery.of(User.class, "u").filter("u.status = :status", "status", wanted).list(em, page);
    }

    public User get(String id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFound("user", id);
        }
        return user;
    }

    @Transactional
    public Invitation invite(UserInvitation request) {
        verifications.requireVerified(em);
        Role role = grantableRole(request.role());
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (UserRepository.in(em).withEmail(email).isPresent()) {
            throw new Conflict("user-exists", "A user with e-mail " + email + " is already in your company.");
        }
        String token = "inv_" + caller.tenantId() + "." + PasswordHasher.randomSecret("s").substring(2);
        Instant now = Instant.now();
        User user = User.invited(PublicIds.next(PREFIX), email, request.name(), role, request.language(), PasswordHasher.sha256(token),
                now.plus(INVITATION_VALIDITY), now);
        em.persist(user);
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        mailer.queue(tenant.id(), email, user.language(tenant.locale()), "invitation", java.util.Map.of("company", tenant.name(),
                "link", publicUrl + "/app/accept-invitation?token=" + token, "token", token, "days", Long.toString(INVITATION_VALIDITY.toDays())));
        audit.record(em, "user.invited", "user", user.id(), new Changes().field("email", null, email).field("role", null, role.apiName()));
        em.flush();
        return new Invitation(user, token);
    }

    @Transactional
    public User update(String id, String ifMatch, UserChanges request) {
        User user = get(id);
        Role role = request.role() == null ? null : grantableRole(request.role());
        OptimisticLocking.requireMatch(ifMatch, user.version());
        Changes changes = new Changes();
        if (role != null && role != user.role()) {
            if (user.role() == Role.OWNER && !caller.hasRole("owner")) {
                throw new RuleBroken("role", "only an owner may change an owner's role");
            }
            if (user.role() == Role.OWNER && activeOwners() <= 1 && user.status() == User.Status.ACTIVE) {
                throw new Conflict("last-owner", "This is the company's last active owner; make someone else owner first.");
            }
            changes.field("role", user.role().apiName(), role.apiName());
            user.changeRole(role);
            sessions.changed(caller.tenantId(), user.id()); // their next request has the new role's rights, not the token's
        }
        if (request.name() != null) {
            changes.field("name", user.name(), request.name());
            user.rename(request.name());
        }
        if (!changes.isEmpty()) {
            audit.record(em, "user.updated", "user", user.id(), changes);
            em.flush();
        }
        return user;
    }

    @Transactional
    public User deactivate(String id) {
        User user = get(id);
        if (user.status() == User.Status.DEACTIVATED) {
            throw new Conflict("already-deactivated", "User " + id + " is already deactivated.");
        }
        if (user.role() == Role.OWNER && user.status() == User.Status.ACTIVE && activeOwners() <= 1) {
            throw new Conflict("last-owner", "This is the company's last active owner; make someone else owner first.");
        }
        if (user.role() == Role.OWNER && !caller.hasRole("owner")) {
            throw new NotPermitted("Only an owner may deactivate an owner.");
        }
        audit.record(em, "user.deactivated", "user", user.id(), new Changes().field("status", user.status().name().toLowerCase(), "deactivated"));
        user.deactivate();
        sessions.ended(caller.tenantId(), user);
        em.flush();
        return user;
    }

    /** Signs a user out everywhere: their access tokens are refused from the next request on, their refresh tokens are gone. */
    @Transactional
    public User revokeSessions(String id) {
        User user = get(id);
        if (user.role() == Role.OWNER && !caller.hasRole("owner")) {
            throw new NotPermitted("Only an owner may sign an owner out.");
        }
        audit.record(em, "user.sessions_revoked", "user", user.id(),
                new Changes().field("token_version", user.tokenVersion(), user.tokenVersion() + 1));
        sessions.ended(caller.tenantId(), user);
        em.flush();
        return user;
    }

    private long activeOwners() {
        return UserRepository.in(em).countWithRole(Role.OWNER, User.Status.ACTIVE);
    }

    /** The role named in a request, if the caller may grant it: only owners grant owner. */
    private Role grantableRole(String name) {
        Role role = Role.parse(name).orElseThrow(() -> new RuleBroken("role", "must be one of " + Role.allNames()));
        if (role == Role.OWNER && !caller.hasRole("owner")) {
            throw new RuleBroken("role", "only an owner may grant the owner role");
        }
        return role;
    }
}
