package io.flowline.imports.rest;

import java.io.ByteArrayOutputStream;
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
import io.flowline.platform.problem.ApiProblem;
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
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

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
        return Response.ok(page.page(jobs.list(page), ImportJob::id, ImportsResource::representation)).build();
    }

    @Override
    public Response start(String kind, InputStream file) {
        Tables.requireKind(kind);
        Tables.requireRole(kind, caller);
        MediaType type = headers.getMediaType();
        String format = type != null && type.isCompatible(MediaType.valueOf(XLSX)) ? Sheets.XLSX : Sheets.CSV;
        byte[] bytes = readLimited(file);
        if (bytes.length == 0) {
            throw new ApiProblem.Invalid("body", "is empty; send the file as the request body");
        }
        ImportJob job = jobs.create(kind, format);
        runner.submit(new ImportRunner.Task(caller.tenantId(), job.id(), caller.actorType(), caller.actorId(), kind, format, bytes));
        return Response.accepted(representation(job)).location(URI.create(PATH + "/" + job.id())).build();
    }

    private static byte[] readLimited(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_FILE_BYTES) {
                    throw new ApiProblem(413, "file-too-large", "File too large",
                            "Files up to " + MAX_FILE_BYTES / 1024 / 1024 + " MB can be imported; split the file.");
                }
            }
            return out.toByteArray();
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
        return Tables.download(body, kind + "-template", fileFormat);
    }

    public static io.flowline.api.imports.ImportJob representation(ImportJob j) {
        List<ImportRowError> errors = j.errorsJson() == null ? List.of()
                : List.of(JsonbConfigurator.jsonb().fromJson(j.errorsJson(), ImportRowError[].class));
        return new io.flowline.api.imports.ImportJob(j.id(), "import", j.kind(), j.format(), j.status(), j.rowsTotal(), j.rowsDone(),
                j.imported(), j.errorCount(), errors, j.createdAt(), j.finishedAt(), j.version());
    }
}
