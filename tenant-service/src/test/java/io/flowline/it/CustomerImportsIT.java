package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Customers through the imports: one row per customer, the first contact and the addresses flattened to columns. */
class CustomerImportsIT {
    private static final String PATH = "/api/v1/imports";
    private static final String CSV = "text/csv";

    private static JsonObject importCsv(TestTenants.TestTenant tenant, String token, String csv) {
        Http.Reply started = Http.upload(PATH + "?kind=customers", token, CSV, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(202, started.status(), started::toString);
        assertEquals("customers", started.json().getString("kind"));
        return ImportsIT.finished(token, started);
    }

    private static List<String> numbers(TestTenants.TestTenant tenant) {
        Http.Reply customers = Http.get("/api/v1/customers?limit=100", tenant.token());
        assertEquals(200, customers.status(), customers::toString);
        return customers.data().stream().map(v -> v.asJsonObject().getString("number")).sorted().toList();
    }

    @Test
    void aGoodFileImportsAndExportsAsItIs() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Customer Import GmbH");
        String sales = TestTenants.userWithRole(tenant, "sales");
        JsonObject job = importCsv(tenant, sales, "number,name,language,contact_name,contact_email,invoice_line1,invoice_postal_code,"
                + "invoice_city,invoice_country,delivery_line1,delivery_city,delivery_country\n"
                + "K-1,Northwind Traders GmbH,de,Jana Novak,jana@northwind.example,Hafenstraße 12,20457,Hamburg,de,Lagerweg 3,Hamburg,DE\n"
                + "K-2,\"Contoso, Ltd\",,,,,,,,,,\n");
        assertEquals("succeeded", job.getString("status"), job::toString);
        assertEquals(2, job.getInt("imported"));
        assertEquals(List.of("K-1", "K-2"), numbers(tenant));

        JsonObject northwind = Http.get("/api/v1/customers?q=K-1", tenant.token()).data().getJsonObject(0);
        assertEquals("Jana Novak", northwind.getJsonArray("contacts").getJsonObject(0).getString("name"));
        assertEquals("DE", northwind.getJsonObject("invoice_address").getString("country"), "the country is upper-cased");
        assertEquals("Lagerweg 3", northwind.getJsonArray("delivery_addresses").getJsonObject(0).getString("line1"));
        JsonObject contoso = Http.get("/api/v1/customers?q=K-2", tenant.token()).data().getJsonObject(0);
        assertEquals("Contoso, Ltd", contoso.getString("name"));
        assertTrue(contoso.getJsonArray("contacts") == null || contoso.getJsonArray("contacts").isEmpty(), contoso::toString);

        HttpResponse<byte[]> exported = Http.download("/api/v1/exports/customers?format=csv", sales);
        assertEquals(200, exported.statusCode());
        String csv = new String(exported.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("number,name,language,notes,contact_name,"), csv);
        TestTenants.TestTenant target = TestTenants.signUp("Customer Import Target GmbH");
        JsonObject again = importCsv(target, target.token(), csv);
        assertEquals("succeeded", again.getString("status"), again::toString);
        assertEquals(csv, new String(Http.download("/api/v1/exports/customers?format=csv", target.token()).body(), StandardCharsets.UTF_8),
                "an export imports elsewhere as it is");
        assertEquals(csv, ImportsIT.importedElsewhere("customers", "xlsx", sales), "an XLSX export imports elsewhere as it is");

        HttpResponse<byte[]> template = Http.download(PATH + "/templates/customers?format=xlsx", tenant.token());
        assertEquals(200, template.statusCode());
        Http.Reply templateImport = Http.upload(PATH + "?kind=customers", tenant.token(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.body());
        assertEquals(202, templateImport.status(), templateImport::toString);
    }

    @Test
    void aBadRowIsNamedByLineAndNothingIsImported() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Customer Import Bad GmbH");
        JsonObject job = importCsv(tenant, tenant.token(), "number,name,contact_name,contact_email,invoice_line1,invoice_city,invoice_country\n"
                + "K-1,Good,,,,,\n"
                + "K-2,Bad mail,Jana,not-an-email,,,\n"
                + "K-3,Bad country,,,Street 1,Town,XX\n"
                + "K-1,Repeated,,,,,\n"
                + ",No number,,,,,\n");
        assertEquals("failed", job.getString("status"), job::toString);
        assertEquals(0, job.getInt("imported"));
        List<String> errors = job.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getInt("line") + ":" + e.asJsonObject().getString("column")).toList();
        assertEquals(List.of("3:contact_email", "4:invoice_country", "5:number", "6:number"), errors, job::toString);
        assertEquals(List.of(), numbers(tenant), "one bad row and nothing is imported");

        String planner = TestTenants.userWithRole(tenant, "planner");
        assertEquals(403, Http.upload(PATH + "?kind=customers", planner, CSV, "number,name\nK-9,X\n".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(403, Http.download("/api/v1/exports/customers", planner).statusCode());
        String sales = TestTenants.userWithRole(tenant, "sales");
        assertEquals(403, Http.upload(PATH + "?kind=items", sales, CSV, "code,name,kind\nX,X,material\n".getBytes(StandardCharsets.UTF_8)).status());
    }
}
