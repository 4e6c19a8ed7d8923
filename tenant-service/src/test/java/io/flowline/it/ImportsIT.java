package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class ImportsIT {
    private static final String PATH = "/api/v1/imports";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Starts one small import for the tenant and waits for it; CrossTenantIT needs an import to probe. */
    static void startOneImport(TestTenants.TestTenant tenant) {
        Http.Reply started = Http.upload(PATH + "?kind=items", tenant.token(), CSV,
                "code,name,kind\nX-1,Cross-tenant probe,material\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(202, started.status(), started::toString);
        finished(tenant, started);
    }

    private static JsonObject finished(TestTenants.TestTenant tenant, Http.Reply started) {
        String location = started.header("location");
        assertTrue(location.endsWith(PATH + "/" + started.json().getString("id")), location);
        return finished(tenant.token(), started);
    }

    /** Exports the kind in the format, imports the file into a new company and answers that company's export as CSV. */
    static String importedElsewhere(String kind, String format, String token) {
        HttpResponse<byte[]> exported = Http.download("/api/v1/exports/" + kind + "?format=" + format, token);
        assertEquals(200, exported.statusCode());
        TestTenants.TestTenant target = TestTenants.signUp("Export Target GmbH");
        Http.Reply started = Http.upload(PATH + "?kind=" + kind, target.token(), format.equals("csv") ? CSV : XLSX, exported.body());
        assertEquals(202, started.status(), started::toString);
        JsonObject job = finished(target.token(), started);
        assertEquals("succeeded", job.getString("status"), job::toString);
        return new String(Http.download("/api/v1/exports/" + kind + "?format=csv", target.token()).body(), StandardCharsets.UTF_8);
    }

    /** Polls a started import until it succeeded or failed. */
    static JsonObject finished(String token, Http.Reply started) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Http.Reply job = Http.get(PATH + "/" + started.json().getString("id"), token);
            assertEquals(200, job.status(), job::toString);
            String status = job.json().getString("status");
            if (status.equals("succeeded") || status.equals("failed")) {
                return job.json();
            }
            assertTrue(System.currentTimeMillis() < deadline, "the import did not finish: " + job);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonObject importFile(TestTenants.TestTenant tenant, String contentType, byte[] file) {
        Http.Reply started = Http.upload(PATH + "?kind=items", tenant.token(), contentType, file);
        assertEquals(202, started.status(), started::toString);
        assertEquals("items", started.json().getString("kind"));
        return finished(tenant, started);
    }

    private static JsonObject importCsv(TestTenants.TestTenant tenant, String csv) {
        return importFile(tenant, CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> itemCodes(TestTenants.TestTenant tenant) {
        Http.Reply items = Http.get("/api/v1/items?limit=100", tenant.token());
        assertEquals(200, items.status(), items::toString);
        return items.data().stream().map(v -> v.asJsonObject().getString("code")).sorted().toList();
    }

    @Test
    void aGoodCsvAndAGoodXlsxAreImported() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Import Good GmbH");
        JsonObject csv = importCsv(tenant, "code,name,kind,unit,lead_time_days,standard_cost,standard_cost_currency,lot_tracked\n"
                + "PB-OAK-14,Parquet board oak 14 mm,product,pc,5,12.50,EUR,false\n"
                + "\"OAK-LAM\",\"Oak lamella, brushed\",material,m2,10,4.2,,yes\n");
        assertEquals("succeeded", csv.getString("status"), csv::toString);
        assertEquals(2, csv.getInt("imported"));
        assertEquals(2, csv.getInt("rows_total"));
        assertEquals(0, csv.getInt("error_count"));

        Http.Reply lamella = Http.get("/api/v1/items?q=OAK-LAM", tenant.token());
        JsonObject item = lamella.data().getJsonObject(0);
        assertEquals("Oak lamella, brushed", item.getString("name"));
        assertEquals("buy", item.getString("make_or_buy"), "the defaults of the API apply to empty cells");
        assertEquals("EUR", item.getJsonObject("standard_cost").getString("currency"), "an empty currency is the company's");
        assertTrue(item.getBoolean("lot_tracked"));

        JsonObject xlsx = importFile(tenant, XLSX, xlsx(List.of("code", "name", "kind", "lead_time_days", "sales_price"),
                List.of(List.of("SCREW-4", "Screw 4 mm", "material", 3, new BigDecimal("0.05")),
                        List.of("TABLE-1", "Oak table", "product", 20, new BigDecimal("899")))));
        assertEquals("succeeded", xlsx.getString("status"), xlsx::toString);
        assertEquals("xlsx", xlsx.getString("format"));
        assertEquals(List.of("OAK-LAM", "PB-OAK-14", "SCREW-4", "TABLE-1"), itemCodes(tenant));

        Http.Reply list = Http.get(PATH, tenant.token());
        assertEquals(2, list.data().size(), list::toString);
    }

    @Test
    void oneBadRowImportsNothingAndIsNamedByLine() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Import Bad GmbH");
        JsonObject job = importCsv(tenant, "code,name,kind,lead_time_days\n"
                + "A-1,First,material,1\n"
                + "A-2,Second,material,-4\n"
                + "A-3,Third,material,2\n");
        assertEquals("failed", job.getString("status"), job::toString);
        assertEquals(0, job.getInt("imported"));
        assertEquals(1, job.getInt("error_count"), job::toString);
        JsonObject error = job.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getInt("line"), "the header is line 1: " + job);
        assertEquals("lead_time_days", error.getString("column"));
        assertEquals(List.of(), itemCodes(tenant), "one bad row and nothing is imported");

        JsonObject duplicates = importCsv(tenant, "code;name;kind\nB-1;One;material\nB-1;Again;material\nB-2;Two;sorcery\n");
        assertEquals("failed", duplicates.getString("status"), duplicates::toString);
        assertEquals(3, duplicates.getJsonArray("errors").getJsonObject(0).getInt("line"));
        assertEquals("code", duplicates.getJsonArray("errors").getJsonObject(0).getString("column"));
        assertTrue(duplicates.getJsonArray("errors").stream().anyMatch(e -> e.asJsonObject().getInt("line") == 4
                && e.asJsonObject().getString("column").equals("kind")), duplicates::toString);

        assertEquals("succeeded", importCsv(tenant, "code,name,kind\nC-1,Taken,material\n").getString("status"));
        JsonObject taken = importCsv(tenant, "code,name,kind\nC-2,Free,material\nC-1,Taken again,material\n");
        assertEquals("failed", taken.getString("status"));
        assertEquals(3, taken.getJsonArray("errors").getJsonObject(0).getInt("line"), taken::toString);
        assertEquals(List.of("C-1"), itemCodes(tenant));

        JsonObject unknownColumn = importCsv(tenant, "code,name,kind,colour\nD-1,Red,material,red\n");
        assertEquals("failed", unknownColumn.getString("status"));
        assertEquals("colour", unknownColumn.getJsonArray("errors").getJsonObject(0).getString("column"));

        assertEquals(400, Http.upload(PATH + "?kind=spells", tenant.token(), CSV, "code\n".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(415, Http.upload(PATH + "?kind=items", tenant.token(), "application/pdf", new byte[] {1}).status());
        String viewer = TestTenants.userWithRole(tenant, "viewer");
        assertEquals(403, Http.upload(PATH + "?kind=items", viewer, CSV, "code,name,kind\n".getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void aFileLongerThanAProgressStepReportsProgressWhileItWritesAndSucceeds() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Import Long GmbH");
        StringBuilder csv = new StringBuilder("code,name,kind\n");
        for (int i = 1; i <= 2500; i++) {
            csv.append("L-").append(i).append(",Long file item ").append(i).append(",material\n");
        }
        JsonObject job = importCsv(tenant, csv.toString());
        assertEquals("succeeded", job.getString("status"), job::toString);
        assertEquals(2500, job.getInt("imported"));
        String exported = new String(Http.download("/api/v1/exports/items?format=csv", tenant.token()).body(), StandardCharsets.UTF_8);
        assertEquals(2501, exported.lines().count(), "the header and every row");
    }

    @Test
    void templatesDownloadAndImportAsTheyAre() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Import Templates GmbH");
        HttpResponse<byte[]> csv = Http.download(PATH + "/templates/items?format=csv", tenant.token());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith(CSV));
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("code,name,description,kind,unit,"));
        HttpResponse<byte[]> xlsx = Http.download(PATH + "/templates/items?format=xlsx", tenant.token());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("content-type").orElse("").startsWith(XLSX));
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "a zip, as XLSX files are");

        assertEquals("succeeded", importFile(tenant, XLSX, xlsx.body()).getString("status"));
        assertEquals(400, Http.download(PATH + "/templates/items?format=pdf", tenant.token()).statusCode());
        assertEquals(400, Http.download(PATH + "/templates/spells", tenant.token()).statusCode());
    }

    @Test
    void anExportImportsElsewhereAsItIs() {
        TestTenants.TestTenant source = TestTenants.signUp("Export Source GmbH");
        assertEquals("succeeded", importCsv(source, "code,name,kind,description,standard_cost,lot_sizing_rule,fixed_order_quantity,holding_cost_rate\n"
                + "E-1,Board,product,\"Long, with \"\"quotes\"\"\",12.5,fixed_order_quantity,500,0.2\n"
                + "E-2,Lamella,material,,0.125,,,\n"
                + "E-3,Service,service,,,,,\n").getString("status"));
        for (String format : List.of("csv", "xlsx")) {
            TestTenants.TestTenant target = TestTenants.signUp("Export Target GmbH");
            HttpResponse<byte[]> exported = Http.download("/api/v1/exports/items?format=" + format, source.token());
            assertEquals(200, exported.statusCode());
            JsonObject job = importFile(target, format.equals("csv") ? CSV : XLSX, exported.body());
            assertEquals("succeeded", job.getString("status"), job::toString);
            assertEquals(3, job.getInt("imported"));
            HttpResponse<byte[]> again = Http.download("/api/v1/exports/items?format=csv", target.token());
            HttpResponse<byte[]> original = Http.download("/api/v1/exports/items?format=csv", source.token());
            assertEquals(new String(original.body(), StandardCharsets.UTF_8), new String(again.body(), StandardCharsets.UTF_8),
                    "an exported " + format + " re-imported exports the same");
        }
    }

    /** An XLSX with numbers as numbers, as spreadsheet programs save them. */
    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "ImportsIT", "1.0");
            Worksheet sheet = workbook.newWorksheet("items");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
