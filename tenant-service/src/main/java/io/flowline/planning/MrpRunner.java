package io.flowline.planning;

import static io.flowline.platform.json.Decimals.plain;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.flowline.planning.engine.MrpException;
import io.flowline.planning.engine.MrpExceptionType;
import io.flowline.planning.engine.MultiLevelMrp;
import io.flowline.planning.engine.MultiLevelMrpResult;
import io.flowline.planning.engine.PlanningCalendar;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Runs MRP on the server's managed executor: reads the tenant's data, runs the engine, and writes the planned orders in one
 * transaction, batched. There is no HTTP request on that thread, so the run acts for its tenant and actor through
 * {@link TenantContext#runAs} in a request context of its own.
 */
@ApplicationScoped
public class MrpRunner {
    public static final String PLANNED_ORDER_PREFIX = "plo";
    private static final Logger LOG = Logger.getLogger(MrpRunner.class.getName());
    static final int MAX_EXCEPTIONS_KEPT = 1000;
    private static final int DELETE_CHUNK = 5000;
    /** Items whose item plans are written at a time (see {@link #save}). */
    private static final int SAVE_CHUNK = 1000;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/flowline")
    DataSource dataSource;

    @Inject
    TenantContext caller;

    @Inject
    MrpRuns runs;

    @Inject
    MrpInputs inputs;

    @Inject
    PlannedOrderService plannedOrders;

    @Inject
    TransactionEntityManagers joined;

    @Inject
    AuditLog audit;

    /** What the worker needs, taken from the request while it still exists. */
    public record Task(String tenantId, String runId, String actorType, String actorId, String bucket, int horizon, LocalDate startDate) {
    }

    public void submit(Task task) {
        executor.submit(() -> self().run(task));
    }

    private MrpRunner self() {
        return jakarta.enterprise.inject.spi.CDI.current().select(MrpRunner.class).get();
    }

    @ActivateRequestContext
    public void run(Task task) {
        long started = System.nanoTime();
        try {
            caller.runAs(task.tenantId(), task.actorId(), task.actorType());
            PlanningCalendar calendar = inputs.calendar(task.bucket(), task.horizon(), task.startDate());
            runs.started(task.tenantId(), task.runId(), calendar.start(0));
            MrpModel model = inputs.load(calendar);
            long loaded = System.nanoTime();
            runs.progress(task.tenantId(), task.runId(), 40);
            MultiLevelMrpResult result = MultiLevelMrp.run(calendar.periods(), model.items(), model.bom(), model.demand());
            long planned = System.nanoTime();
            runs.progress(task.tenantId(), task.runId(), 60);
            self().save(task, model, result);
            LOG.info(() -> "MRP run " + task.runId() + ": " + model.items().length + " items loaded in " + (loaded - started) / 1_000_000
                    + " ms, planned in " + (planned - loaded) / 1_000_000 + " ms, " + result.plannedOrderCount() + " planned orders saved in "
                    + millisSince(planned) + " ms");
            List<MrpRun.ExceptionMessage> exceptions = new ArrayList<>();
            int exceptionCount = exceptions(model, result, exceptions);
            runs.completed(task.tenantId(), task.runId(), model.items().length, result.plannedOrderCount(), exceptionCount,
                    exceptions.isEmpty() ? null : JsonbConfigurator.jsonb().toJson(exceptions), millisSince(started));
            deleteOldProposals(task);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "MRP run " + task.runId() + " failed", e);
            String failure = e instanceof IllegalArgumentException ? e.getMessage() : "the run failed unexpectedly; nothing was saved";
            runs.failed(task.tenantId(), task.runId(), failure, millisSince(started));
        }
    }

    /**
     * Retention, once the run is completed and so off its time: the unreleased proposals of the runs before the previous
     * completed one are deleted, a chunk per transaction. The plan in force and the one before it (superseded) stay whole,
     * released proposals stay with the link to their work order, and the runs themselves stay with their counts.
     */
    private void deleteOldProposals(Task task) {
        try {
            String before = runs.previousCompleted().map(MrpRun::id).orElse(null);
            if (before == null) {
                return;
            }
            long started = System.nanoTime();
            int deleted = 0;
            int chunk;
            do {
                chunk = plannedOrders.deleteUnreleasedBefore(before, DELETE_CHUNK);
                deleted += chunk;
            } while (chunk > 0);
            if (deleted > 0) {
                int total = deleted;
                LOG.info(() -> "MRP run " + task.runId() + ": " + total + " rows of proposals (item plans, or proposals of runs before item plans) of runs before " + before + " deleted in "
                        + millisSince(started) + " ms");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "MRP run " + task.runId() + ": proposals of older runs not deleted, the next run tries again", e);
        }
    }

    /**
     * The run's planned orders with their pegging, in one transaction: an {@link ItemPlan} row per item that has any, as JDBC
     * batches (see {@link ItemPlanRows}) on the transaction's connection, and the audit record through the entity manager.
     */
    @Transactional
    public void save(Task task, MrpModel model, MultiLevelMrpResult result) {
        int items = model.items().length;
        if (items > ItemPlan.MAX_ITEMS) {
            throw new IllegalArgumentException("A run plans at most " + ItemPlan.MAX_ITEMS + " items; this one has " + items + ".");
        }
        PlanningCalendar calendar = model.calendar();
        LocalDate firstDay = calendar.start(0);
        int[] days = new int[calendar.periods()]; // each period's start as days after the first
        for (int period = 0; period < days.length; period++) {
            days[period] = (int) ChronoUnit.DAYS.between(firstDay, calendar.start(period));
        }
        int[] position = new int[result.plannedOrderCount()]; // an order's place among its item's orders, for its children's pegs
        for (int item = 0; item < items; item++) {
            List<io.flowline.planning.engine.MrpPlannedOrder> orders = result.plannedOrders(item);
            if (orders.size() > ItemPlan.MAX_ORDERS_PER_ITEM) {
                throw new IllegalArgumentException("Item " + model.itemCodes()[item] + " would get " + orders.size()
                        + " planned orders, more than the " + ItemPlan.MAX_ORDERS_PER_ITEM + " a run keeps per item.");
            }
            for (int n = 0; n < orders.size(); n++) {
                position[orders.get(n).index()] = n;
            }
        }
        // the next chunk's column text is written on another thread while this one's rows go to the database
        CompletableFuture<String[]> next = CompletableFuture.supplyAsync(() -> plans(model, result, days, position, 0), executor);
        try (Connection connection = dataSource.getConnection();
             ItemPlanRows rows = new ItemPlanRows(connection, task.tenantId(), task.runId(), firstDay, Instant.now().truncatedTo(ChronoUnit.SECONDS))) {
            for (int from = 0; from < items; from += SAVE_CHUNK) {
                String[] plans = next.join();
                int following = from + SAVE_CHUNK;
                next = following < items ? CompletableFuture.supplyAsync(() -> plans(model, result, days, position, following), executor) : null;
                for (int item = from; item < Math.min(items, following); item++) {
                    String plan = plans[item - from];
                    if (plan != null) {
                        rows.add(item, model.itemIds()[item], model.buy()[item] ? "buy" : "make", model.configurations()[item],
                                result.plannedOrders(item).size(), plan);
                    }
                }
            }
            rows.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("planned orders of run " + task.runId() + " not written", e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            if (next != null) {
                next.cancel(false); // after a failure: the text of a chunk nobody will write
            }
        }
        EntityManager em = joined.forTenant(task.tenantId());
        audit.record(em, task.actorType(), task.actorId(), "mrp_run.completed", "mrp_run", task.runId(),
                new Changes().field("planned_orders", null, result.plannedOrderCount()));
        em.flush();
    }

    /**
     * The item plans' column text ({@link ItemPlan}) of up to {@link #SAVE_CHUNK} items from {@code from}, null for an item
     * without planned orders.
     */
    private static String[] plans(MrpModel model, MultiLevelMrpResult result, int[] days, int[] position, int from) {
        String[] plans = new String[Math.min(SAVE_CHUNK, model.items().length - from)];
        ItemPlan.Writer plan = new ItemPlan.Writer();
        for (int i = 0; i < plans.length; i++) {
            for (io.flowline.planning.engine.MrpPlannedOrder planned : result.plannedOrders(from + i)) {
                plan.order(decimal(planned.quantity()), days[planned.releasePeriod()], days[planned.receiptPeriod()]);
                for (io.flowline.planning.engine.Peg peg : result.pegs(planned.index())) {
                    String quantity = decimal(peg.quantity());
                    if (peg.source() == io.flowline.planning.engine.Peg.Source.PARENT_ORDER) {
                        plan.parent(result.plannedOrder(peg.index()).item(), position[peg.index()], quantity);
                    } else {
                        MrpModel.DemandLine line = model.demandLines().get(peg.index());
                        if (line.workOrderId() != null) {
                            plan.workOrder(line.workOrderId(), quantity);
                        } else if (line.masterScheduleEntryId() != null) {
                            plan.masterSchedule(line.masterScheduleEntryId(), quantity);
                        } else {
                            plan.salesOrderLine(line.salesOrderId(), line.salesOrderLineId(), quantity);
                        }
                    }
                }
            }
            boolean any = plan.orders() > 0;
            String text = plan.finish();
            plans[i] = any ? text : null;
        }
        return plans;
    }

    /** Counts the items' exception messages and keeps the first ones, with buckets as dates. */
    private static int exceptions(MrpModel model, MultiLevelMrpResult result, List<MrpRun.ExceptionMessage> kept) {
        int count = 0;
        PlanningCalendar calendar = model.calendar();
        for (int item = 0; item < model.items().length; item++) {
            for (MrpException e : result.record(item).exceptions()) {
                if (e.type() == MrpExceptionType.CANCEL && model.startedReceipt(item, e.period())) {
                    continue; // material and time are spent on a started work order: it is finished, not cancelled
                }
                if (kept.size() < MAX_EXCEPTIONS_KEPT) {
                    kept.add(new MrpRun.ExceptionMessage(model.itemIds()[item], model.itemCodes()[item], e.type().name().toLowerCase(java.util.Locale.ROOT),
                            date(calendar, e.period()), date(calendar, e.suggestedPeriod()), quantity(e.quantity()),
                            e.message(model.items()[item].lotSizing().precision())));
                }
                count++;
            }
        }
        return count;
    }

    private static LocalDate date(PlanningCalendar calendar, int period) {
        return calendar.start(Math.min(Math.max(0, period), calendar.periods() - 1));
    }

    /** Engine quantities are doubles: kept to the six decimals the database holds. */
    private static BigDecimal quantity(double value) {
        return plain(BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP));
    }

    /** {@link #quantity} as JSON writes it; whole numbers, the most common, without a BigDecimal. */
    private static String decimal(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : quantity(value).toPlainString();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
