package io.flowline.platform.tenancy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.limits.PlanLimits;
import io.flowline.platform.limits.Quotas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The caller's company settings. */
@ApplicationScoped
public class TenantService {
    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    Quotas quotas;

    public Tenant current() {
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        if (tenant == null) {
            throw new NotFound("tenant", caller.tenantId());
        }
        return tenant;
    }

    /** Whether the caller's company has switched the module off; a company not found has switched nothing off. */
    public boolean switchedOff(Module module) {
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        return tenant != null && !tenant.enabledModules().contains(module.apiName());
    }

    /** Each quota of the company's plan with its use now. */
    public List<Quotas.Use> usage(Tenant tenant) {
        return quotas.usage(em, tenant);
    }

    public PlanLimits.Limits limits(Tenant tenant) {
        return quotas.limitsOf(tenant);
    }

    @Transactional
    public Tenant update(String ifMatch, TenantChanges request) {
        List<Violation> errors = new ArrayList<>();
        if (request.locale() != null && !knownLocale(request.locale())) {
            errors.add(new Violation("locale", "is not a known BCP 47 language tag such as en-GB"));
        }
        if (request.currency() != null && !knownCurrency(request.currency())) {
            errors.add(new Violation("currency", "is not an ISO 4217 currency code such as EUR"));
        }
        if (request.timeZone() != null && !knownZone(request.timeZone())) {
            errors.add(new Violation("time_zone", "is not an IANA time zone such as Europe/Berlin"));
        }
        if (request.enabledModules() != null) {
            for (String module : request.enabledModules()) {
                if (module == null || !Module.names().contains(module)) {
                    errors.add(new Violation("enabled_modules", "'" + module + "' is not a module; use any of " + String.join(", ", Module.names())));
                }
            }
        }
        if (request.orderNumberFormat() != null) {
            OrderNumberFormat.problem(request.orderNumberFormat()).ifPresent(p -> errors.add(new Violation("order_number_format", p)));
        }
        BigDecimal level = request.replenishmentServiceLevel();
        if (level != null && level.signum() != 0 && (level.compareTo(new BigDecimal("0.5")) < 0 || level.compareTo(new BigDecimal("0.9999")) > 0)) {
            errors.add(new Violation("replenishment_service_level", "must be 0 (off) or from 0.5 to 0.9999"));
        }
        if (request.orderWorkflow() != null) {
            errors.addAll(OrderWorkflowRules.problems(request.orderWorkflow()));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        Tenant tenant = current();
        OptimisticLocking.requireMatch(ifMatch, tenant.version());
        Changes changes = new Changes();
        if (request.name() != null) {
            changes.field("name", tenant.name(), request.name().trim());
            tenant.rename(request.name().trim());
        }
        if (request.locale() != null) {
            String tag = Locale.forLanguageTag(request.locale()).toLanguageTag();
            changes.field("locale", tenant.locale(), tag);
            tenant.changeLocale(tag);
        }
        if (request.currency() != null) {
            changes.field("currency", tenant.currency(), request.currency());
            tenant.changeCurrency(request.currency());
        }
        if (request.timeZone() != null) {
            changes.field("time_zone", tenant.timeZone(), request.timeZone());
            tenant.changeTimeZone(request.timeZone());
        }
        if (request.enabledModules() != null) {
            List<String> modules = new ArrayList<>(new LinkedHashSet<>(request.enabledModules()));
            modules.sort((a, b) -> Module.names().indexOf(a) - Module.names().indexOf(b));
            changes.field("enabled_modules", String.join(",", tenant.enabledModules()), String.join(",", modules));
            tenant.enableModules(modules);
        }
        if (request.orderNumberFormat() != null) {
            changes.field("order_number_format", tenant.orderNumberFormat(), request.orderNumberFormat());
            tenant.changeOrderNumberFormat(request.orderNumberFormat());
        }
        if (request.orderWorkflow() != null) {
            String json = OrderWorkflowRules.json(request.orderWorkflow());
            changes.field("order_workflow", tenant.orderWorkflowJson(), json);
            tenant.changeOrderWorkflow(json);
        }
        if (request.replenishmentServiceLevel() != null) {
            // 0 switches the service level off: safety stock is then each item's own again
            BigDecimal serviceLevel = request.replenishmentServiceLevel().signum() == 0 ? null : request.replenishmentServiceLevel();
            changes.field("replenishment_service_level", tenant.replenishmentServiceLevel(), serviceLevel);
            tenant.changeReplenishmentServiceLevel(serviceLevel);
        }
        if (!changes.isEmpty()) {
            audit.record(em, "tenant.updated", "tenant", tenant.id(), changes);
            em.flush();
        }
        return tenant;
    }

    private static boolean knownLocale(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return !locale.getLanguage().isEmpty() && List.of(Locale.getISOLanguages()).contains(locale.getLanguage());
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static boolean knownCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean knownZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || zone.equals("UTC");
        } catch (DateTimeException e) {
            return false;
        }
    }
}
