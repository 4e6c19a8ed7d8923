package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Bills of materials through the imports: one row per line, items by code, each parent's bill replaced as a whole, all or nothing. */
class BillOfMaterialsImportsIT {
    private static final String PATH = "/api/v1/imports";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ITEMS = "code,name,kind\nBOARD,Parquet board,product\nLAMELLA,Oak lamella,semi_finished\n"
            + "CORE,Spruce core,material\nOIL,Hardwax oil,material\nWOOD,Oak timber,material\n";

    private static JsonObject importFile(TestTenants.TestTenant tenant, String kind, String contentType, byte[] file) {
        Http.Reply started = Http.upload(PATH + "?kind=" + kind, tenant.token(), contentType, file);
        assertEquals(202, started.status(), started::toString);
        return ImportsIT.finished(tenant.token(), started);
    }

    private static JsonObject importBills(TestTenants.TestTenant tenant, String csv) {
        return importFile(tenant, "bills_of_materials", CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A company with the parquet board's items, and a press as operation 10 of the board's routing. */
    private static TestTenants.TestTenant tenantWithItems(String name) {
        TestTenants.TestTenant tenant = TestTenants.signUp(name);
        assertEquals("succeeded", importFile(tenant, "items", CSV, ITEMS.getBytes(StandardCharsets.UTF_8)).getString("status"));
        assertEquals("succeeded", importFile(tenant, "work_centers", CSV, "code,name\nPRESS,Press\n".getBytes(StandardCharsets.UTF_8))
                .getString("status"));
        String press = Http.get("/api/v1/work-centers?q=PRESS", tenant.token()).data().getJsonObject(0).getString("id");
        Http.Reply routing = Http.method("PUT", "/api/v1/items/" + itemId(tenant, "BOARD") + "/routing", tenant.token(),
                "{\"operations\":[{\"sequence\":10,\"work_center_id\":\"" + press + "\",\"run_hours_per_unit\":0.1}]}", Map.of("If-Match", "*"));
        assertEquals(200, routing.status(), routing::toString);
        return tenant;
    }

    private static String itemId(TestTenants.TestTenant tenant, String code) {
        return Http.get("/api/v1/items?q=" + code, tenant.token()).data().stream().map(v -> v.asJsonObject())
                .filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
    }

    /** The item's bill as "COMPONENT x quantity" lines. */
    private static List<String> bill(TestTenants.TestTenant tenant, String code) {
        Http.Reply bom = Http.get("/api/v1/items/" + itemId(tenant, code) + "/bom", tenant.token());
        assertEquals(200, bom.status(), bom::toString);
        return bom.json().getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .map(l -> l.getString("component_code") + " x " + l.getJsonNumber("quantity_per").bigDecimalValue().stripTrailingZeros().toPlainString())
                .toList();
    }

    private static void putBill(TestTenants.TestTenant tenant, String parent, String component) {
        Http.Reply put = Http.method("PUT", "/api/v1/items/" + itemId(tenant, parent) + "/bom", tenant.token(),
                "{\"lines\":[{\"component_id\":\"" + itemId(tenant, component) + "\",\"quantity_per\":1}]}", Map.of("If-Match", "*"));
        assertEquals(200, put.status(), put::toString);
    }

    private static String export(TestTenants.TestTenant tenant) {
        HttpResponse<byte[]> csv = Http.download("/api/v1/exports/bills_of_materials?format=csv", tenant.token());
        assertEquals(200, csv.statusCode());
        return new String(csv.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aGoodFileReplacesTheBillsItNamesAndExportsAsItIs() {
        TestTenants.TestTenant tenant = tenantWithItems("BOM Import GmbH");
        putBill(tenant, "BOARD", "OIL");
        putBill(tenant, "CORE", "WOOD");

        JsonObject job = importBills(tenant, "parent_code,component_code,quantity_per,scrap_factor,operation_sequence\n"
                + "BOARD,LAMELLA,1,0.03,10\n"
                + "LAMELLA,WOOD,0.0045,0.12,\n"
                + "BOARD,CORE,1,,\n");
        assertEquals("succeeded", job.getString("status"), job::toString);
        assertEquals(3, job.getInt("imported"));
        assertEquals(List.of("LAMELLA x 1", "CORE x 1"), bill(tenant, "BOARD"), "the file's lines replace the whole bill, in file order");
        assertEquals(List.of("WOOD x 0.0045"), bill(tenant, "LAMELLA"));
        assertEquals(List.of("WOOD x 1"), bill(tenant, "CORE"), "a parent the file does not name keeps its bill");

        String csv = export(tenant);
        assertEquals("parent_code,component_code,quantity_per,scrap_factor,operation_sequence\r\n"
                + "BOARD,LAMELLA,1,0.03,10\r\nBOARD,CORE,1,0,\r\nCORE,WOOD,1,0,\r\nLAMELLA,WOOD,0.0045,0.12,\r\n", csv);
        for (String format : List.of("csv", "xlsx")) {
            TestTenants.TestTenant target = tenantWithItems("BOM Import Target GmbH");
            HttpResponse<byte[]> exported = Http.download("/api/v1/exports/bills_of_materials?format=" + format, tenant.token());
            assertEquals(200, exported.statusCode());
            JsonObject again = importFile(target, "bills_of_materials", format.equals("csv") ? CSV : XLSX, exported.body());
            assertEquals("succeeded", again.getString("status"), again::toString);
            assertEquals(csv, export(target), "an exported " + format + " imports elsewhere as it is");
        }

        for (String format : List.of("csv", "xlsx")) {
            HttpResponse<byte[]> template = Http.download(PATH + "/templates/bills_of_materials?format=" + format, tenant.token());
            assertEquals(200, template.statusCode());
            if (format.equals("csv")) {
                assertTrue(new String(template.body(), StandardCharsets.UTF_8).startsWith("parent_code,component_code,quantity_per,scrap_factor,"
                        + "operation_sequence\r\n"));
            }
        }
    }

    @Test
    void aBadRowOrACycleImportsNothingAndNamesItsLines() {
        TestTenants.TestTenant tenant = tenantWithItems("BOM Import Bad GmbH");
        putBill(tenant, "WOOD", "CORE");

        JsonObject bad = importBills(tenant, "parent_code,component_code,quantity_per,scrap_factor,operation_sequence\n"
                + "BOARD,LAMELLA,1\n"
                + "BOARD,PLASTIC,1\n"
                + "LAMELLA,WOOD,lots\n"
                + "BOARD,LAMELLA,2\n"
                + "LAMELLA,OIL,0\n"
                + "CORE,OIL,1,,10\n");
        assertEquals("failed", bad.getString("status"), bad::toString);
        assertEquals(0, bad.getInt("imported"));
        List<String> errors = bad.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getInt("line") + ":" + e.asJsonObject().getString("column")).toList();
        assertEquals(List.of("3:component_code", "4:quantity_per", "5:component_code", "6:quantity_per", "7:operation_sequence"), errors, bad::toString);
        assertEquals(List.of(), bill(tenant, "BOARD"), "one bad row and nothing is imported");

        JsonObject inFile = importBills(tenant, "parent_code,component_code,quantity_per\n"
                + "BOARD,LAMELLA,1\n"
                + "LAMELLA,OIL,0.1\n"
                + "OIL,BOARD,2\n");
        assertEquals("failed", inFile.getString("status"), inFile::toString);
        JsonObject cycle = inFile.getJsonArray("errors").getJsonObject(0);
        assertEquals(2, cycle.getInt("line"), inFile::toString);
        assertEquals("component_code", cycle.getString("column"));
        assertTrue(cycle.getString("message").contains("lines 2, 3, 4"), cycle::toString);
        assertTrue(cycle.getString("message").contains("BOARD → LAMELLA → OIL → BOARD"), cycle::toString);

        JsonObject withStored = importBills(tenant, "parent_code,component_code,quantity_per\n"
                + "BOARD,LAMELLA,1\n"
                + "CORE,WOOD,1\n");
        assertEquals("failed", withStored.getString("status"), withStored::toString);
        assertEquals(1, withStored.getInt("error_count"), withStored::toString);
        JsonObject closed = withStored.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, closed.getInt("line"), withStored::toString);
        assertTrue(closed.getString("message").contains("the stored WOOD → CORE"), closed::toString);

        JsonObject itself = importBills(tenant, "parent_code,component_code,quantity_per\nOIL,OIL,1\n");
        assertEquals("failed", itself.getString("status"), itself::toString);
        assertEquals(2, itself.getJsonArray("errors").getJsonObject(0).getInt("line"));

        assertEquals(List.of(), bill(tenant, "BOARD"));
        assertEquals(List.of(), bill(tenant, "LAMELLA"));
        assertEquals(List.of(), bill(tenant, "CORE"));
        assertEquals(List.of("CORE x 1"), bill(tenant, "WOOD"), "the stored bill stays as it was");
    }
}
