package io.flowline.platform.tenancy.rest;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import io.flowline.api.tenancy.Tenant;
import io.flowline.api.tenancy.TenantUsage;
import io.flowline.api.tenancy.OrderWorkflowSettings;
import io.flowline.api.tenancy.TenantApi;
import io.flowline.api.tenancy.UpdateTenantRequest;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.limits.PlanLimits;
import io.flowline.platform.limits.Quota;
import io.flowline.platform.limits.Quotas;
import io.flowline.platform.tenancy.OrderWorkflowRules;
import io.flowline.platform.tenancy.TenantChanges;
import io.flowline.platform.tenancy.TenantService;
import io.flowline.platform.tenancy.WorkflowStages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(TenantApi.PATH)
public class TenantResource implements TenantApi {
    @Inject
    TenantService tenants;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get() {
        return ok(tenants.current());
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response usage() {
        io.flowline.platform.tenancy.Tenant tenant = tenants.current();
        Map<Quota, Quotas.Use> uses = tenants.usage(tenant).stream().collect(Collectors.toMap(Quotas.Use::quota, u -> u));
        PlanLimits.Limits limits = tenants.limits(tenant);
        return Response.ok(new TenantUsage("tenant_usage", limits.plan(), tenant.today().withDayOfMonth(1),
                quotaUse(uses.get(Quota.ITEMS)), quotaUse(uses.get(Quota.ORDERS_THIS_MONTH)), quotaUse(uses.get(Quota.IMPORT_ROWS_THIS_MONTH)),
                new TenantUsage.RateLimits(rate(limits.token()), rate(limits.tenant())))).build();
    }

    private static TenantUsage.QuotaUse quotaUse(Quotas.Use use) {
        return new TenantUsage.QuotaUse(use.used(), use.limit());
    }

    private static TenantUsage.Rate rate(PlanLimits.Rate rate) {
        return new TenantUsage.Rate(new BigDecimal(BigDecimal.valueOf(rate.perSecond()).stripTrailingZeros().toPlainString()), rate.burst());
    }

    @Override
    @RolesAllowed({"owner", "admin"})
    public Response update(String ifMatch, UpdateTenantRequest request) {
        return ok(tenants.update(ifMatch, changes(request)));
    }

    private static Response ok(io.flowline.platform.tenancy.Tenant tenant) {
        return Response.ok(representation(tenant)).tag(OptimisticLocking.etag(tenant.version())).build();
    }

    public static Tenant representation(io.flowline.platform.tenancy.Tenant t) {
        return new Tenant(t.id(), "tenant", t.name(), t.country(), t.locale(), t.currency(), t.timeZone(), t.enabledModules(),
                t.orderNumberFormat(), settings(OrderWorkflowRules.settings(t.orderWorkflowJson())), t.replenishmentServiceLevel(), t.plan(), t.createdAt(), t.version());
    }

    /** The request in the service's words, field for field. */
    private static TenantChanges changes(UpdateTenantRequest r) {
        OrderWorkflowSettings workflow = r.orderWorkflow();
        return new TenantChanges(r.name(), r.locale(), r.currency(), r.timeZone(), r.enabledModules(), r.orderNumberFormat(),
                workflow == null ? null : new WorkflowStages(workflow.stageNames(), workflow.skippedStages(), workflow.partialShipments()), r.replenishmentServiceLevel());
    }

    private static OrderWorkflowSettings settings(WorkflowStages stages) {
        return new OrderWorkflowSettings(stages.stageNames(), stages.skippedStages(), stages.partialShipments());
    }
}
