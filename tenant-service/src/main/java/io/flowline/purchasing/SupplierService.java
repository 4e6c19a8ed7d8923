package io.flowline.purchasing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.AlreadyUsed;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.stock.PostalAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The companies the caller's company buys from. */
@ApplicationScoped
public class SupplierService {
    public static final String PREFIX = "sup";

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    public List<Supplier> list(PageRequest page, boolean includeArchived) {
        return SupplierRepository.in(em).list(page, includeArchived);
    }

    public Supplier get(String id) {
        return SupplierRepository.in(em).find(id).orElseThrow(() -> new NotFound("supplier", id));
    }

    @Transactional
    public Supplier create(NewSupplier request) {
        String code = request.code().trim();
        if (SupplierRepository.in(em).codeTaken(code)) {
            throw new AlreadyUsed("code", "is already used", "Supplier code " + code + " is already used in your company.");
        }
        Supplier supplier = new Supplier(PublicIds.next(PREFIX), code, request.name().trim(), Instant.now());
        supplier.contactAt(request.email(), request.phone());
        supplier.moveTo(request.address());
        supplier.quoteIn(request.currency() != null ? request.currency() : em.find(Tenant.class, caller.tenantId()).currency());
        supplier.deliverWithin(request.defaultLeadTimeDays());
        SupplierRepository.in(em).add(supplier);
        audit.record(em, "supplier.created", "supplier", supplier.id(), new Changes().field("code", null, code).field("name", null, supplier.name()));
        em.flush();
        return supplier;
    }

    @Transactional
    public Supplier update(String id, String ifMatch, SupplierChanges request) {
        Supplier supplier = get(id);
        OptimisticLocking.requireMatch(ifMatch, supplier.version());
        Changes changes = new Changes();
        if (request.name() != null) {
            changes.field("name", supplier.name(), request.name().trim());
            supplier.rename(request.name().trim());
        }
        if (request.email() != null || request.phone() != null) {
            String email = request.email() != null ? request.email() : supplier.email();
            String phone = request.phone() != null ? request.phone() : supplier.phone();
            changes.field("email", supplier.email(), email).field("phone", supplier.phone(), phone);
            supplier.contactAt(email, phone);
        }
        if (request.address() != null) {
            PostalAddress address = request.address();
            changes.field("address", Objects.toString(supplier.address(), null), address.toString());
            supplier.moveTo(address);
        }
        if (request.currency() != null) {
            changes.field("currency", supplier.currency(), request.currency());
            supplier.quoteIn(request.currency());
        }
        if (request.defaultLeadTimeDays() != null) {
            changes.field("default_lead_time_days", supplier.defaultLeadTimeDays(), request.defaultLeadTimeDays());
            supplier.deliverWithin(request.defaultLeadTimeDays());
        }
        if (!changes.isEmpty()) {
            audit.record(em, "supplier.updated", "supplier", supplier.id(), changes);
            em.flush();
        }
        return supplier;
    }

    @Transactional
    public Supplier archive(String id) {
        Supplier supplier = get(id);
        if (supplier.archived()) {
            throw new Conflict("already-archived", "Supplier " + supplier.code() + " is already archived.");
        }
        supplier.archive();
        audit.record(em, "supplier.archived", "supplier", supplier.id(), new Changes().field("archived", false, true));
        em.flush();
        return supplier;
    }
}
