package io.flowline.api.imports;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An import of a file: checked row by row first, then written all at once or not at all.")
public record ImportJob(
        @Schema(examples = "imp_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "import") String object,
        @Schema(enumeration = {"items", "bills_of_materials", "customers", "work_centers"}) String kind,
        @Schema(enumeration = {"csv", "xlsx"}) String format,
        @Schema(enumeration = {"validating", "importing", "succeeded", "failed"},
                description = "`failed` means nothing was imported; `errors` says why.") String status,
        @Schema(description = "Data rows in the file (the header not counted).", examples = "30000") int rowsTotal,
        @Schema(description = "Rows checked while `validating`, rows written while `importing`.", examples = "12000") int rowsDone,
        @Schema(description = "Objects created; 0 unless `succeeded`.", examples = "0") int imported,
        @Schema(description = "All errors found; `errors` lists the first 1,000.", examples = "1") int errorCount,
        List<ImportRowError> errors,
        Instant createdAt,
        Instant finishedAt,
        long version) {

    @Schema(name = "ImportRowError", description = "What is wrong with one cell, row or the whole file.")
    public record ImportRowError(
            @Schema(description = "Line in the file, the header being line 1 (for XLSX the sheet's row number); "
                    + "absent for problems of the whole file.", examples = "3") Integer line,
            @Schema(description = "The column's header; absent for problems of a whole row or file.", examples = "lead_time_days") String column,
            @Schema(examples = "must be greater than or equal to 0") String message) {
    }
}
