package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Work centres through the imports: one row each, working days, shifts and holidays as space-separated cells. */
class WorkCenterImportsIT {
    private static final String PATH = "/api/v1/imports";
    private static final String CSV = "text/csv";

    private static JsonObject importCsv(TestTenants.TestTenant tenant, String csv) {
        Http.Reply started = Http.upload(PATH + "?kind=work_centers", tenant.token(), CSV, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(202, started.status(), started::toString);
        assertEquals("work_centers", started.json().getString("kind"));
        return ImportsIT.finished(tenant.token(), started);
    }

    private static List<String> codes(TestTenants.TestTenant tenant) {
        Http.Reply centres = Http.get("/api/v1/work-centers?limit=100", tenant.token());
        assertEquals(200, centres.status(), centres::toString);
        return centres.data().stream().map(v -> v.asJsonObject().getString("code")).sorted().toList();
    }

    @Test
    void aGoodFileImportsAndExportsAsItIs() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Work Centre Import GmbH");
        JsonObject job = importCsv(tenant, "code,name,machines,efficiency,cost_per_hour,working_days,shifts,holidays\n"
                + "PRESS-1,Hot press,2,0.85,85,mon tue wed thu fri sat,06:00-14:00 14:00-22:00,2026-12-24 2026-12-25\n"
                + "SAW-1,Saw,,,,,,\n");
        assertEquals("succeeded", job.getString("status"), job::toString);
        assertEquals(2, job.getInt("imported"));
        assertEquals(List.of("PRESS-1", "SAW-1"), codes(tenant));
        JsonObject press = Http.get("/api/v1/work-centers?q=PRESS-1", tenant.token()).data().getJsonObject(0);
        assertEquals(16, press.getJsonNumber("hours_per_day").intValue(), "hours per day are the shifts' total: " + press);
        assertEquals(6, press.getJsonArray("working_days").size());

        String csv = new String(Http.download("/api/v1/exports/work_centers?format=csv", tenant.token()).body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("code,name,hours_per_day,machines,"), csv);
        TestTenants.TestTenant target = TestTenants.signUp("Work Centre Import Target GmbH");
        JsonObject again = importCsv(target, csv);
        assertEquals("succeeded", again.getString("status"), again::toString);
        assertEquals(csv, new String(Http.download("/api/v1/exports/work_centers?format=csv", target.token()).body(), StandardCharsets.UTF_8),
                "an export imports elsewhere as it is");
        assertEquals(csv, ImportsIT.importedElsewhere("work_centers", "xlsx", tenant.token()), "an XLSX export imports elsewhere as it is");

        HttpResponse<byte[]> template = Http.download(PATH + "/templates/work_centers?format=csv", tenant.token());
        assertEquals(200, template.statusCode());
        TestTenants.TestTenant fresh = TestTenants.signUp("Work Centre Template GmbH");
        assertEquals("succeeded", importCsv(fresh, new String(template.body(), StandardCharsets.UTF_8)).getString("status"));
    }

    @Test
    void aBadRowIsNamedByLineAndNothingIsImported() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Work Centre Import Bad GmbH");
        JsonObject job = importCsv(tenant, "code,name,machines,working_days,shifts,hours_per_day\n"
                + "OK-1,Good,1,,,\n"
                + "BAD-1,Bad day,1,mon funday,,\n"
                + "BAD-2,Overlap,1,,06:00-14:00 13:00-20:00,\n"
                + "BAD-3,No machines,0,,,\n"
                + "BAD-4,Wrong total,1,,06:00-14:00,10\n"
                + "OK-1,Repeated,1,,,\n");
        assertEquals("failed", job.getString("status"), job::toString);
        assertEquals(0, job.getInt("imported"));
        List<String> errors = job.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getInt("line") + ":" + e.asJsonObject().getString("column")).toList();
        assertEquals(List.of("3:working_days", "4:shifts", "5:machines", "6:hours_per_day", "7:code"), errors, job::toString);
        assertEquals(List.of(), codes(tenant), "one bad row and nothing is imported");
    }
}
