package io.flowline.platform.numbering;

import io.flowline.platform.tenancy.Tenant;

/** The human number series a tenant has, and the pattern each is written in; other modules number their documents here too. */
public enum NumberSeries {
    /** Customer numbers when none is given: C-00001, C-00002, ... */
    CUSTOMER("customer") {
        @Override
        public String format(Tenant tenant) {
            return "C-{SEQ:5}";
        }
    },
    /** Order numbers in the tenant's own format, SO-{YYYY}-{SEQ:5} by default. */
    ORDER("order") {
        @Override
        public String format(Tenant tenant) {
            return tenant.orderNumberFormat();
        }
    },
    /** Work order numbers (production): WO-2026-00001, restarting each year. */
    WORK_ORDER("work_order") {
        @Override
        public String format(Tenant tenant) {
            return "WO-{YYYY}-{SEQ:5}";
        }
    },
    /** Purchase order numbers: PO-2026-00001, PO-2026-00002, ..., restarting each year. */
    PURCHASE_ORDER("purchase_order") {
        @Override
        public String format(Tenant tenant) {
            return "PO-{YYYY}-{SEQ:5}";
        }
    };

    private final String series;

    NumberSeries(String series) {
        this.series = series;
    }

    public String series() {
        return series;
    }

    public abstract String format(Tenant tenant);
}
