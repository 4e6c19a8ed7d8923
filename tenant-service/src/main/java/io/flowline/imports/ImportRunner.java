package io.flowline.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import io.flowline.catalog.BillOfMaterialsService;
import io.flowline.catalog.ComponentLine;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.ItemService;
import io.flowline.catalog.Manufacturing;
import io.flowline.catalog.NewItem;
import io.flowline.catalog.NewWorkCenter;
import io.flowline.catalog.WorkCenter;
import io.flowline.catalog.WorkCenterService;
import io.flowline.catalog.engine.BomLine;
import io.flowline.orders.CustomerRepository;
import io.flowline.orders.CustomerService;
import io.flowline.orders.NewCustomer;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Failure;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.logging.LogMasks;
import io.flowline.platform.limits.Quota;
import io.flowline.platform.limits.Quotas;
import io.flowline.platform.persistence.DuplicateKey;
import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.json.JsonNames;
import io.flowline.platform.tenancy.EntityManagers;
import io.flowline.platform.tenancy.Tenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

/**
 * Runs imports on the server's managed executor. There is no request on that thread, so the job
 * carries its tenant and actor, and every entity manager here is opened for that tenant explicitly.
 * Every row is checked before the first is written; the write is one transaction.
 */
@ApplicationScoped
public class ImportRunner {
    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    private static final int PROGRESS_EVERY = 1000;
    private static final int FLUSH_EVERY = 500;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportJobs jobs;

    @Inject
    ItemService items;

    @Inject
    CustomerService customers;

    @Inject
    WorkCenterService workCenters;

    @Inject
    BillOfMaterialsService boms;

    @Inject
    EntityManagers entityManagers;

    @Inject
    TransactionEntityManagers joined;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    Quotas quotas;

    /** What the worker needs, taken from the request while it still exists. */
    public record Task(String tenantId, String jobId, String actorType, String actorId, String kind, String format, byte[] file) {
    }

    public void submit(Task task) {
        executor.submit(() -> run(task));
    }

    void run(Task task) {
        List<RowError> errors = new ArrayList<>();
        try {
            List<Object> checked = check(task, errors);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing((RowError e) -> e.line() == null ? 0 : e.line()));
                jobs.fail(task.tenantId(), task.jobId(), errors);
                return;
            }
            jobs.progress(task.tenantId(), task.jobId(), ImportJob.Status.IMPORTING, checked.size(), 0);
            // Through the CDI proxy, so the write is one transaction.
            self().write(task, checked);
        } catch (RuntimeException e) {
            String message = DuplicateKey.causedBy(e) ? "a code or number in the file was taken by an object created while the import ran; nothing was imported"
                    : e instanceof Failure changed ? "the data changed while the import ran (" + changed.detail() + "); nothing was imported"
                    : "the import failed unexpectedly; nothing was imported";
            LOG.log(Level.WARNING, "Import " + task.jobId() + " failed", LogMasks.masked(e)); // a refused row's values (e-mails) may be in the message
            jobs.fail(task.tenantId(), task.jobId(), List.of(new RowError(null, null, message)));
        }
    }

    private ImportRunner self() {
        return jakarta.enterprise.inject.spi.CDI.current().select(ImportRunner.class).get();
    }

    /** Reads and checks every row; the objects come back unsaved, and only when no row had an error. */
    private List<Object> check(Task task, List<RowError> errors) {
        List<Sheets.SheetRow> rows;
        try {
            rows = Sheets.read(task.file(), task.format());
        } catch (Exception e) {
            errors.add(new RowError(null, null, "the file cannot be read as " + task.format().toUpperCase() + ": " + e.getMessage()));
            return List.of();
        }
        if (rows.isEmpty()) {
            errors.add(new RowError(1, null, "the file is empty; the first line must name the columns"));
            return List.of();
        }
        Sheets.SheetRow headerRow = rows.get(0);
        List<String> header = ItemColumns.columnsOf(headerRow);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null) {
                continue;
            }
            List<String> columns = Tables.columns(task.kind());
            if (!columns.contains(name)) {
                errors.add(new RowError(headerRow.line(), name, "is not a column of " + task.kind() + "; they are " + String.join(", ", columns)));
            } else if (!seen.add(name)) {
                errors.add(new RowError(headerRow.line(), name, "appears twice"));
            }
        }
        for (String required : Tables.required(task.kind())) {
            if (!seen.contains(required)) {
                errors.add(new RowError(headerRow.line(), required, "is missing; every row needs it"));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        int total = rows.size() - 1;
        errors.addAll(overQuota(task, total));
        if (!errors.isEmpty()) {
            return List.of();
        }
        jobs.progress(task.tenantId(), task.jobId(), ImportJob.Status.VALIDATING, total, 0);

        List<Sheets.SheetRow> data = rows.subList(1, rows.size());
        if (Tables.CUSTOMERS.equals(task.kind())) {
            return checkCustomers(task, header, data, errors);
        }
        if (Tables.WORK_CENTERS.equals(task.kind())) {
            return checkWorkCenters(task, header, data, errors);
        }
        if (Tables.BILLS_OF_MATERIALS.equals(task.kind())) {
            return checkBills(task, header, data, errors);
        }
        return checkItems(task, header, data, errors);
    }

    /** The file's rows against the plan's import rows this month and, for items, its item quota; refused whole, like a bad row. */
    private List<RowError> overQuota(Task task, int total) {
        EntityManager em = entityManagers.forTenant(task.tenantId());
        try {
            Tenant tenant = em.find(Tenant.class, task.tenantId());
            List<RowError> over = new ArrayList<>();
            quotas.exceeded(em, tenant, Quota.IMPORT_ROWS_THIS_MONTH, total).ifPresent(m -> over.add(new RowError(null, null, m)));
            if (Tables.ITEMS.equals(task.kind())) {
                quotas.exceeded(em, tenant, Quota.ITEMS, total).ifPresent(m -> over.add(new RowError(null, null, m)));
            }
            return over;
        } finally {
            em.close();
        }
    }

    private List<Object> checkItems(Task task, List<String> header, List<Sheets.SheetRow> rows, List<RowError> errors) {
        Known known = known(task, em -> ItemCatalog.in(em).idsByCode().keySet());
        String currency = known.tenant() == null ? null : known.tenant().currency();
        return checkRows(task, header, rows, errors, new RowKind<>(ItemColumns::request, ItemColumns::column,
                request -> items.newItem(request, currency), NewItem::code, "code", "an existing item", true), known.keys());
    }

    private List<Object> checkCustomers(Task task, List<String> header, List<Sheets.SheetRow> rows, List<RowError> errors) {
        Known known = known(task, em -> CustomerRepository.in(em).numbers());
        String language = known.tenant() == null ? null : CustomerService.defaultLanguage(known.tenant());
        return checkRows(task, header, rows, errors, new RowKind<>(CustomerColumns::request, CustomerColumns::column,
                request -> customers.newCustomer(request, language), NewCustomer::number, "number", "an existing customer", true),
                known.keys());
    }

    private List<Object> checkWorkCenters(Task task, List<String> header, List<Sheets.SheetRow> rows, List<RowError> errors) {
        Known known = known(task, em -> Manufacturing.in(em).workCenters().stream().map(WorkCenter::code).toList());
        String currency = known.tenant() == null ? null : known.tenant().currency();
        // the service parses what Bean Validation let through, so a row with errors is not built
        return checkRows(task, header, rows, errors, new RowKind<>(WorkCenterColumns::request, WorkCenterColumns::column,
                request -> workCenters.newWorkCenter(request, () -> currency), NewWorkCenter::code, "code", "an existing work centre",
                false), known.keys());
    }

    /** How the rows of one simple kind are read and built: a request per row, then the object its module's service makes of it. */
    private record RowKind<R>(RowReader<R> reader, UnaryOperator<String> column, Function<R, Object> build, Function<R, String> key,
                              String keyColumn, String existingOwner, boolean buildRowsWithErrors) {
    }

    @FunctionalInterface
    private interface RowReader<R> {
        R read(int line, Map<String, String> cells, List<RowError> errors);
    }

    /** The tenant and the keys (codes, numbers) its stored objects of the kind already use. */
    private record Known(Tenant tenant, Set<String> keys) {
    }

    private Known known(Task task, Function<EntityManager, Collection<String>> keys) {
        EntityManager em = entityManagers.forTenant(task.tenantId());
        try {
            return new Known(em.find(Tenant.class, task.tenantId()), new HashSet<>(keys.apply(em)));
        } finally {
            em.close();
        }
    }

    /** Every row read, validated, built and checked for a key used twice; the built objects, or none when any row failed. */
    private <R> List<Object> checkRows(Task task, List<String> header, List<Sheets.SheetRow> rows, List<RowError> errors,
                                       RowKind<R> kind, Set<String> existingKeys) {
        List<Object> checked = new ArrayList<>(rows.size());
        Map<String, Integer> keysInFile = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Sheets.SheetRow row = rows.get(r);
            int line = row.line();
            checkWidth(row, header, errors);
            int before = errors.size();
            R request = kind.reader().read(line, ItemColumns.byName(header, row), errors);
            validate(line, request, kind.column(), errors);
            if (kind.buildRowsWithErrors() || errors.size() == before) {
                try {
                    checked.add(kind.build().apply(request));
                } catch (RuleBroken e) {
                    e.violations().forEach(fe -> add(errors, new RowError(line, kind.column().apply(fe.field()), fe.message())));
                }
            }
            checkUnique(line, kind.keyColumn(), kind.key().apply(request), keysInFile, existingKeys, kind.existingOwner(), errors);
            progress(task, rows.size(), r + 1);
        }
        return errors.isEmpty() ? checked : List.of();
    }

    /**
     * Reads every line, then lets the catalog check the bills as the API would (archived components, routing operations)
     * and find the cycles they would close, among the file's bills or with the stored ones; a cycle is reported on its first
     * line in the file, naming the others.
     */
    private List<Object> checkBills(Task task, List<String> header, List<Sheets.SheetRow> rows, List<RowError> errors) {
        EntityManager em = entityManagers.forTenant(task.tenantId());
        try {
            Map<String, String> idsByCode = new HashMap<>();
            Map<String, String> codesById = new HashMap<>();
            ItemCatalog.in(em).idsByCode().forEach((code, id) -> {
                idsByCode.put(code, id);
                codesById.put(id, code);
            });
            List<Object> checked = new ArrayList<>(rows.size());
            Map<String, List<Integer>> fileLines = new HashMap<>(); // per parent id, the file line of each of its lines
            Map<String, Integer> linesInFile = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                Sheets.SheetRow row = rows.get(r);
                int line = row.line();
                checkWidth(row, header, errors);
                int before = errors.size();
                BillOfMaterialsColumns.Row cells = BillOfMaterialsColumns.row(line, ItemColumns.byName(header, row), errors);
                if (errors.size() == before) { // Bean Validation would repeat what an unreadable cell already said
                    validate(line, cells.component(), BillOfMaterialsColumns::column, errors);
                }
                String parentId = itemId(line, "parent_code", cells.parentCode(), idsByCode, errors);
                String componentId = itemId(line, "component_code", cells.componentCode(), idsByCode, errors);
                if (errors.size() == before) {
                    ComponentLine request = cells.component();
                    Integer earlier = linesInFile.putIfAbsent(parentId + " " + componentId + " " + request.operationSequence(), line);
                    if (earlier != null) {
                        errors.add(new RowError(line, "component_code", "repeats line " + earlier
                                + ": the same component of the same parent at the same operation; put the whole quantity on one line"));
                    }
                    checked.add(new BillOfMaterialsColumns.Line(line, parentId, new ComponentLine(componentId,
                            request.quantityPer(), request.scrapFactor(), request.operationSequence())));
                    fileLines.computeIfAbsent(parentId, k -> new ArrayList<>()).add(line);
                }
                progress(task, rows.size(), r + 1);
            }
            BillOfMaterialsService.Checked bills = boms.check(em, BillOfMaterialsColumns.bills(checked));
            bills.errors().forEach((parent, fieldErrors) -> fieldErrors.forEach(fe -> add(errors, new RowError(
                    fileLines.get(parent).get(lineIndex(fe.field())), BillOfMaterialsColumns.column(fe.field()), fe.message()))));
            bills.cycles().forEach(cycle -> errors.add(cycleError(cycle, fileLines, codesById)));
            return errors.isEmpty() ? checked : List.of();
        } finally {
            em.close();
        }
    }

    /** A cycle, reported on its first line in the file, naming the others and the stored lines it runs through. */
    private static RowError cycleError(List<BomLine> cycle, Map<String, List<Integer>> fileLines, Map<String, String> codesById) {
        List<Integer> inFile = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        for (BomLine l : cycle) {
            if (fileLines.containsKey(l.parent()) && l.reference().startsWith("lines[")) {
                inFile.add(fileLines.get(l.parent()).get(lineIndex(l.reference())));
            } else {
                stored.add(codesById.get(l.parent()) + " → " + codesById.get(l.component()));
            }
        }
        inFile.sort(null);
        List<String> path = new ArrayList<>(List.of(codesById.get(cycle.get(0).parent())));
        cycle.forEach(l -> path.add(codesById.get(l.component())));
        return new RowError(inFile.get(0), "component_code", "makes an item contain itself: " + String.join(" → ", path)
                + " (" + (inFile.size() == 1 ? "this line" : "lines " + inFile.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                + (stored.isEmpty() ? "" : " and the stored " + String.join(", ", stored)) + ")");
    }

    private static String itemId(int line, String column, String code, Map<String, String> idsByCode, List<RowError> errors) {
        String id = code == null ? null : idsByCode.get(code);
        if (code != null && id == null) {
            errors.add(new RowError(line, column, "is not the code of an item of yours"));
        }
        return id;
    }

    /** 2 for {@code lines[2].quantity_per}. */
    private static int lineIndex(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    private static void checkWidth(Sheets.SheetRow row, List<String> header, List<RowError> errors) {
        if (row.cells().size() > header.size()) {
            errors.add(new RowError(row.line(), null, "has " + row.cells().size() + " cells but the header names " + header.size() + " columns"));
        }
    }

    /** Bean Validation of the request, as the API runs it, each violation named by its column. */
    private void validate(int line, Object request, UnaryOperator<String> column, List<RowError> errors) {
        validator.validate(request).forEach(v -> add(errors, new RowError(line,
                column.apply(JsonNames.field(v)), v.getMessage())));
    }

    /** Adds the error unless the same one is there already: Bean Validation and a service may say the same of one cell. */
    private static void add(List<RowError> errors, RowError error) {
        for (int i = errors.size() - 1; i >= 0 && java.util.Objects.equals(errors.get(i).line(), error.line()); i--) {
            if (errors.get(i).equals(error)) {
                return;
            }
        }
        errors.add(error);
    }

    private static void checkUnique(int line, String column, String value, Map<String, Integer> inFile, Set<String> existing, String owner,
                                    List<RowError> errors) {
        String key = value == null ? null : value.strip();
        if (key != null && !key.isEmpty()) {
            Integer earlier = inFile.putIfAbsent(key, line);
            if (earlier != null) {
                errors.add(new RowError(line, column, "repeats the " + column + " of line " + earlier));
            } else if (existing.contains(key)) {
                errors.add(new RowError(line, column, "is already used by " + owner));
            }
        }
    }

    private void progress(Task task, int total, int done) {
        if (done % PROGRESS_EVERY == 0) {
            jobs.progress(task.tenantId(), task.jobId(), ImportJob.Status.VALIDATING, total, done);
        }
    }

    private void persist(EntityManager em, Task task, List<Object> checked) {
        for (int i = 0; i < checked.size(); i++) {
            em.persist(checked.get(i));
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                jobs.progress(task.tenantId(), task.jobId(), ImportJob.Status.IMPORTING, checked.size(), i + 1);
            }
        }
    }

    /** All rows or none: one transaction, flushed in batches so memory stays flat, that also ends the job as succeeded. */
    @Transactional
    public void write(Task task, List<Object> checked) {
        EntityManager em = joined.forTenant(task.tenantId());
        if (Tables.BILLS_OF_MATERIALS.equals(task.kind())) {
            boms.replaceAll(em, task.actorType(), task.actorId(), BillOfMaterialsColumns.bills(checked));
        } else {
            persist(em, task, checked);
        }
        audit.record(em, task.actorType(), task.actorId(), "import.succeeded", "import", task.jobId(),
                new Changes().field("kind", null, task.kind()).field("imported", null, checked.size()));
        if (!jobs.succeed(em, task.jobId(), checked.size())) {
            throw new IllegalStateException("import " + task.jobId() + " was ended as cut off while it ran; its rows are rolled back");
        }
    }
}
