package io.flowline.platform.tenancy;

import java.math.BigDecimal;
import java.util.List;

/** Changes to the company's settings; a null field stays as it is, and the order workflow is replaced whole when given. */
public record TenantChanges(String name, String locale, String currency, String timeZone, List<String> enabledModules,
                            String orderNumberFormat, WorkflowStages orderWorkflow, BigDecimal replenishmentServiceLevel) {
}
