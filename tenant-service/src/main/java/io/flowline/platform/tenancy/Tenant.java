package io.flowline.platform.tenancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer company and its settings. Not tenant-owned (tenant-owned: no) — this row is the tenant itself, read by the id in the token. */
@Entity
@Table(name = "tenants")
public class Tenant {
    @Id
    @Column(length = 40)
    private String id;
    private String name;
    private String country;
    private String locale;
    private String currency;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "enabled_modules")
    private String enabledModules;
    @Column(name = "order_number_format")
    private String orderNumberFormat;
    /** The order workflow settings as JSON text ({@link OrderWorkflowRules}); null for the standard workflow. */
    @Column(name = "order_workflow")
    private String orderWorkflow;
    /** The cycle service level safety stock is computed for; null: each item's own safety stock. */
    @Column(name = "replenishment_service_level")
    private BigDecimal replenishmentServiceLevel;
    private String plan;
    /** When the owner confirmed the sign-up e-mail; until then the company cannot invite users or create API clients. */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String id, String name, String country, CountryDefaults defaults, String plan, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.country = country;
        this.locale = defaults.locale();
        this.currency = defaults.currency();
        this.timeZone = defaults.timeZone();
        this.enabledModules = String.join(",", Module.names());
        this.orderNumberFormat = OrderNumberFormat.DEFAULT;
        this.plan = plan;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String name() { return name; }
    public String country() { return country; }
    public String locale() { return locale; }
    public String currency() { return currency; }
    public String timeZone() { return timeZone; }

    /** Today in the company's time zone: the day its dates (orders, plans, counts) are reckoned from. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of(timeZone));
    }
    public String orderNumberFormat() { return orderNumberFormat; }
    public String orderWorkflowJson() { return orderWorkflow; }
    public BigDecimal replenishmentServiceLevel() { return replenishmentServiceLevel; }
    public String plan() { return plan; }
    public Instant createdAt() { return createdAt; }
    public Instant emailVerifiedAt() { return emailVerifiedAt; }
    public boolean emailVerified() { return emailVerifiedAt != null; }
    public long version() { return version; }

    public List<String> enabledModules() {
        return enabledModules.isEmpty() ? List.of() : Arrays.asList(enabledModules.split(","));
    }

    void rename(String name) { this.name = name; }
    void emailVerified(Instant at) { this.emailVerifiedAt = at; }
    void changeLocale(String locale) { this.locale = locale; }
    void changeCurrency(String currency) { this.currency = currency; }
    void changeTimeZone(String timeZone) { this.timeZone = timeZone; }
    void changeOrderNumberFormat(String format) { this.orderNumberFormat = format; }
    void changeOrderWorkflow(String json) { this.orderWorkflow = json; }
    void changeReplenishmentServiceLevel(BigDecimal level) { this.replenishmentServiceLevel = level; }

    void enableModules(List<String> modules) {
        this.enabledModules = String.join(",", modules);
    }
}
