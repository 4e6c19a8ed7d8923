package io.flowline.imports.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import io.flowline.api.imports.ImportJob.ImportRowError;
import io.flowline.api.imports.ImportsApi;
import io.flowline.imports.ImportJob;
import io.flowline.imports.ImportJobs;
import io.flowline.imports.ImportRunner;
import io.flowline.imports.Sheets;
import io.flowline.imports.Tables;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.problem.rest.ApiProblem;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

@RequestScoped
@Path(ImportsApi.PATH)
@RolesAllowed({"owner", "admin", "planner", "sales"})
public class ImportsResource implements ImportsApi {
    @Inject
    ImportJobs jobs;

    @Inject
    ImportRunner runner;

    @Inject
    TenantContext caller;

    @Context
    HttpHeaders headers;

    @Override
    public Response list(Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, jobs.list(page), ImportJob::id, ImportsResource::representation)).build();
    }

    @Override
    public Response start(String kind, InputStream file) {
        Tables.requireKind(kind);
        Tables.requireRole(kind, caller);
        MediaType type = headers.getMediaType();
        String format = type != null && type.isCompatible(MediaType.valueOf(XLSX)) ? Sheets.XLSX : Sheets.CSV;
        byte[] bytes = read(file);
        if (bytes.length == 0) {
            throw new ApiProblem.Invalid("body", "is empty; send the file as the request body");
        }
        ImportJob job = jobs.create(kind, format);
        runner.submit(new ImportRunner.Task(caller.tenantId(), job.id(), caller.actorType(), caller.actorId(), kind, format, bytes));
        return Response.accepted(representation(job)).location(URI.create(PATH + "/" + job.id())).build();
    }

    /** LimitsFilter has capped the stream at the import limit (413 beyond it). */
    private static byte[] read(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Response get(String id) {
        return Response.ok(representation(jobs.get(id))).build();
    }

    @Override
    public Response template(String kind, String format) {
        Tables.requireKind(kind);
        Tables.requireRole(kind, caller);
        String fileFormat = Tables.format(format);
        StreamingOutput body = out -> Sheets.write(out, fileFormat, kind, Tables.columns(kind), List.of(Tables.example(kind)));
        return Downloads.download(body, kind + "-template", fileFormat);
    }

    public static io.flowline.api.imports.ImportJob representation(ImportJob j) {
        // stored as RowError, whose JSON is the wire record's
        List<ImportRowError> errors = j.errorsJson() == null ? List.of()
                : List.of(JsonbConfigurator.jsonb().fromJson(j.errorsJson(), ImportRowError[].class));
        return new io.flowline.api.imports.ImportJob(j.id(), "import", j.kind(), j.format(), j.status(), j.rowsTotal(), j.rowsDone(),
                j.imported(), j.errorCount(), errors, j.createdAt(), j.finishedAt(), j.version());
    }
}
