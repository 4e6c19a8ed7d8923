package io.flowline.platform.identity;

import java.time.Instant;
import java.util.List;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.security.PasswordHasher;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Client credentials for integrations. The secret is shown once and kept only as an Argon2id hash. */
@ApplicationScoped
public class ApiClientService {
    public static final String PREFIX = "cli";

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    Sessions sessions;

    @Inject
    io.flowline.platform.tenancy.EmailVerifications verifications;

    public record Created(ApiClient client, String secret) {
    }

    public List<ApiClient> list(PageRequest page) {
        return ListQuery.of(ApiClient.class, "c").list(em, page);
    }

    public ApiClient get(String id) {
        ApiClient client = em.find(ApiClient.class, id);
        if (client == null) {
            throw new NotFound("api_client", id);
        }
        return client;
    }

    @Transactional
    public Created create(NewApiClient request) {
        verifications.requireVerified(em);
        Role role = Role.parse(request.role())
                .filter(r -> r != Role.OWNER)
                .orElseThrow(() -> new RuleBroken("role", "must be one of " + Role.allNames().replace("owner, ", "")));
        ApiClient client = new ApiClient(PublicIds.next(PREFIX), request.name().trim(), role, Instant.now());
        String secret = PasswordHasher.randomSecret("fls");
        em.persist(client);
        em.persist(new Credential(client.id(), Credential.Kind.API_CLIENT, caller.tenantId(), client.id(), PasswordHasher.hash(secret)));
        audit.record(em, "api_client.created", "api_client", client.id(), new Changes().field("name", null, client.name()).field("role", null, role.apiName()));
        em.flush();
        return new Created(client, secret);
    }

    @Transactional
    public ApiClient revoke(String id) {
        ApiClient client = get(id);
        if (client.status() == ApiClient.Status.REVOKED) {
            throw new Conflict("already-revoked", "API client " + id + " is already revoked.");
        }
        client.revoke(Instant.now());
        sessions.ended(caller.tenantId(), client);
        Credential credential = em.find(Credential.class, client.id());
        if (credential != null) {
            em.remove(credential);
        }
        audit.record(em, "api_client.revoked", "api_client", client.id(), new Changes().field("status", "active", "revoked"));
        em.flush();
        return client;
    }
}
