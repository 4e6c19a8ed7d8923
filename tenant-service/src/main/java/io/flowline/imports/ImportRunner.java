package io.flowline.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.flowline.api.catalog.CreateItemRequest;
import io.flowline.api.imports.ImportJob.ImportRowError;
import io.flowline.catalog.Item;
import io.flowline.catalog.ItemService;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.persistence.DuplicateKey;
import io.flowline.platform.problem.ApiProblem;
import io.flowline.platform.problem.ProblemMappers;
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
    EntityManagers entityManagers;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    /** What the worker needs, taken from the request while it still exists. */
    public record Task(String tenantId, String jobId, String actorType, String actorId, String kind, String format, byte[] file) {
    }

    public void submit(Task task) {
        executor.submit(() -> run(task));
    }

    void run(Task task) {
        List<ImportRowError> errors = new ArrayList<>();
        try {
            List<Item> checked = check(task, errors);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing((ImportRowError e) -> e.line() == null ? 0 : e.line()));
                jobs.finish(task.tenantId(), task.jobId(), ImportJob.Status.FAILED, 0, errors);
                return;
            }
            jobs.progress(task.tenantId(), task.jobId(), ImportJob.Status.IMPORTING, checked.size(), 0);
            // Through the CDI proxy, so the write is one transaction.
            self().write(task, checked);
            jobs.finish(task.tenantId(), task.jobId(), ImportJob.Status.SUCCEEDED, checked.size(), List.of());
        } catch (RuntimeException e) {
            String message = DuplicateKey.causedBy(e) ? "a code in the file was taken by an item created while the import ran; nothing was imported"
                    : "the import failed unexpectedly; nothing was imported";
            LOG.log(Level.WARNING, "Import " + task.jobId() + " failed", e);
            jobs.finish(task.tenantId(), task.jobId(), ImportJob.Status.FAILED, 0, List.of(new ImportRowError(null, null, message)));
        }
    }

    private ImportRunner self() {
        return jakarta.enterprise.inject.spi.CDI.current().select(ImportRunner.class).get();
    }

    /** Reads and checks every row; the items come back unsaved, and only when no row had an error. */
    private List<Item> check(Task task, List<ImportRowError> errors) {
        List<Sheets.SheetRow> rows;
        try {
            rows = Sheets.read(task.file(), task.format());
        } catch (Exception e) {
            errors.add(new ImportRowError(null, null, "the file cannot be read as " + task.format().toUpperCase() + ": " + e.getMessage()));
            return List.of();
        }
        if (rows.isEmpty()) {
            errors.add(new ImportRowError(1, null, "the file is empty; the first line must name the columns"));
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
            if (!ItemColumns.COLUMNS.contains(name)) {
                errors.add(new ImportRowError(headerRow.line(), name, "is not a column of items; they are " + String.join(", ", ItemColumns.COLUMNS)));
            } else if (!seen.add(name)) {
                errors.add(new ImportRowError(headerRow.line(), name, "appears twice"));
            }
        }
        for (String required : ItemColumns.REQUIRED) {
            if (!seen.contains(required)) {
                errors.add(new ImportRowError(headerRow.line(), required, "is missing; every item needs it"));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        int total = rows.size() - 1;
        jobs.progress(task.tenantId(), task.jobId(), ImportJob.Status.VALIDATING, total, 0);

        String currency;
        Set<String> existingCodes;
        EntityManager em = entityManagers.forTenant(task.tenantId());
        try {
            Tenant tenant = em.find(Tenant.class, task.tenantId());
            currency = tenant == null ? null : tenant.currency();
            existingCodes = new HashSet<>(em.createQuery("SELECT i.code FROM Item i", String.class).getResultList());
        } finally {
            em.close();
        }

        List<Item> checked = new ArrayList<>(total);
        Map<String, Integer> codesInFile = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            Sheets.SheetRow row = rows.get(r);
            int line = row.line();
            if (row.cells().size() > header.size()) {
                errors.add(new ImportRowError(line, null, "has " + row.cells().size() + " cells but the header names " + header.size() + " columns"));
            }
            CreateItemRequest request = ItemColumns.request(line, ItemColumns.byName(header, row), errors);
            validator.validate(request).forEach(v -> errors.add(new ImportRowError(line,
                    ItemColumns.column(ProblemMappers.ConstraintViolationMapper.fieldName(v)), v.getMessage())));
            try {
                Item item = items.newItem(request, currency);
                checked.add(item);
            } catch (ApiProblem.Invalid e) {
                e.errors().forEach(fe -> errors.add(new ImportRowError(line, ItemColumns.column(fe.field()), fe.message())));
            }
            String code = request.code() == null ? null : request.code().strip();
            if (code != null && !code.isEmpty()) {
                Integer earlier = codesInFile.putIfAbsent(code, line);
                if (earlier != null) {
                    errors.add(new ImportRowError(line, "code", "repeats the code of line " + earlier));
                } else if (existingCodes.contains(code)) {
                    errors.add(new ImportRowError(line, "code", "is already used by an existing item"));
                }
            }
            if (r % PROGRESS_EVERY == 0) {
                jobs.progress(task.tenantId(), task.jobId(), ImportJob.Status.VALIDATING, total, r);
            }
        }
        return errors.isEmpty() ? checked : List.of();
    }

    /** All rows or none: one transaction, flushed in batches so memory stays flat. */
    @Transactional
    public void write(Task task, List<Item> checked) {
        EntityManager em = entityManagers.forTenant(task.tenantId());
        try {
            em.joinTransaction();
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
            audit.record(em, task.actorType(), task.actorId(), "import.succeeded", "import", task.jobId(),
                    new Changes().field("kind", null, task.kind()).field("imported", null, checked.size()));
            em.flush();
        } finally {
            em.close();
        }
    }
}
