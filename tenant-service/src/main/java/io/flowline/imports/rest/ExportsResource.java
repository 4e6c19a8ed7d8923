package io.flowline.imports.rest;

import io.flowline.api.imports.ExportsApi;
import io.flowline.imports.Sheets;
import io.flowline.imports.Tables;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

@RequestScoped
@Path(ExportsApi.PATH)
@RolesAllowed({"owner", "admin", "planner", "sales"})
public class ExportsResource implements ExportsApi {

    @Inject
    Tables tables;

    @Inject
    TenantContext caller;

    @Override
    public Response export(String kind, String format) {
        Tables.requireKind(kind);
        Tables.requireRole(kind, caller);
        String fileFormat = Tables.format(format);
        var rows = tables.rows(kind);
        StreamingOutput body = out -> Sheets.write(out, fileFormat, kind, Tables.columns(kind), rows);
        return Downloads.download(body, kind, fileFormat);
    }
}
