package io.flowline.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class MaterialSlipPdfTest {
    private static final List<String> LANGUAGES = List.of("en", "nb", "sv", "zh-CN");

    private static MaterialSlip slip(String language, int lines) {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        WorkOrder order = new WorkOrder("wor_1", "WO-2026-00042", "itm_board", new BigDecimal("20"), LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-06"), null, null, null, null, now);
        List<MaterialSlip.Line> slipLines = new java.util.ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            WorkOrderMaterial glue = new WorkOrderMaterial("wom_" + i, "wor_1", i, "itm_glue_" + i, new BigDecimal("0.25"), new BigDecimal("0.1"),
                    new BigDecimal("5.5"), "kg", false, null, now);
            slipLines.add(new MaterialSlip.Line(glue, null, new BigDecimal("5.5"), List.of(new MaterialSlip.Pick("wh_1", "MAIN", "loc_1", "A-01",
                    "lot_1", "G-SOON", LocalDate.parse("2026-12-31"), new BigDecimal("3"), new BigDecimal("3"))), new BigDecimal("2.5")));
        }
        return new MaterialSlip(order, null, Map.of("pen_colour", "blå"), language, slipLines);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void everyLanguageHasEveryLabel() {
        Set<String> english = new TreeSet<>(Collections.list(MaterialSlipPdf.labels("en").getKeys()));
        for (String language : LANGUAGES) {
            assertEquals(english, new TreeSet<>(Collections.list(MaterialSlipPdf.labels(language).getKeys())), language);
        }
    }

    @Test
    void theSlipReadsBackWithItsNumbersAndLabels() throws IOException {
        String text = text(MaterialSlipPdf.render(slip("sv", 1)));
        assertTrue(text.contains("Materialuttagslista — WO-2026-00042"), text);
        assertTrue(text.contains("5.5") && text.contains("2.5") && text.contains("G-SOON") && text.contains("A-01"), text);
        assertTrue(text.contains("Återstår"), "Swedish letters embedded: " + text);
        assertTrue(text.contains("pen_colour = blå"), text);
        assertTrue(text.contains(MaterialSlipPdf.labels("sv").getString("shortage")), "a shortage is said: " + text);
    }

    @Test
    void aLongListRunsOntoMorePages() throws IOException {
        try (PDDocument document = Loader.loadPDF(MaterialSlipPdf.render(slip("en", 60)))) {
            assertTrue(document.getNumberOfPages() > 1);
            assertTrue(new PDFTextStripper().getText(document).contains("itm_glue_60"));
        }
    }

    /**
     * Simplified Chinese needs a font with CJK glyphs on the class path ({@link MaterialSlipPdf#CJK_FONT}); without one the
     * slip falls back to English rather than failing or printing empty boxes.
     */
    @Test
    void chineseIsPrintedWithItsFontOrFallsBackToEnglish() throws IOException {
        String text = text(MaterialSlipPdf.render(slip("zh-CN", 1)));
        if (MaterialSlipPdf.class.getResource(MaterialSlipPdf.CJK_FONT) != null) {
            assertTrue(text.contains("领料单"), text);
        } else {
            assertTrue(text.contains("Material requisition slip"), text);
        }
        assertTrue(text.contains("WO-2026-00042"), text);
    }
}
