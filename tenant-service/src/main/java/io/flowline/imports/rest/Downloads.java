package io.flowline.imports.rest;

import io.flowline.api.imports.ImportsApi;
import io.flowline.imports.Sheets;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A sheet as an attachment: the file's media type and a name the browser saves it by. */
final class Downloads {
    private Downloads() {
    }

    static Response download(StreamingOutput body, String name, String format) {
        return Response.ok(body).type(Sheets.XLSX.equals(format) ? ImportsApi.XLSX : ImportsApi.CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"").build();
    }
}
