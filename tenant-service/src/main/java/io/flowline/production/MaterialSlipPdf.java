package io.flowline.production;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import io.flowline.production.engine.MaterialPicking;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The material slip as a printable A4 PDF (PDFBox), labelled in the slip's language from the {@code slip} resource bundles.
 * Fonts are embedded as subsets: Liberation Sans (shipped inside PDFBox) for English, Norwegian and Swedish, and for
 * Simplified Chinese the CJK font at {@link #CJK_FONT} when the class path has one; without it a Chinese slip is printed
 * with English labels, and a character the font lacks prints as '?', never as a failure.
 */
public final class MaterialSlipPdf {
    public static final String BUNDLE = "io.flowline.production.slip";
    /** A TrueType font with CJK glyphs (such as Noto Sans SC); none is bundled yet, see the module's notes. */
    public static final String CJK_FONT = "/io/flowline/production/fonts/NotoSansSC-Regular.ttf";
    private static final String LATIN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger LOG = Logger.getLogger(MaterialSlipPdf.class.getName());

    private static final float MARGIN = 40;
    private static final float[] COLUMNS = {40, 62, 262, 302, 352, 402, 452, 502}; // #, component, unit, required .. short
    private static final float ROW = 13;

    private final PDDocument document;
    private final PDFont font;
    private final PDFont bold;
    private final ResourceBundle labels;
    private PDPageContentStream out;
    private float y;
    private int pages;

    private MaterialSlipPdf(PDDocument document, PDFont font, ResourceBundle labels) {
        this.document = document;
        this.font = font;
        this.bold = font;
        this.labels = labels;
    }

    /** The slip as PDF bytes, in {@code slip.language()} (or English, when that language's font is missing). */
    public static byte[] render(MaterialSlip slip) {
        try (PDDocument document = new PDDocument()) {
            String language = slip.language();
            PDFont font = null;
            if ("zh-CN".equals(language)) {
                font = load(document, CJK_FONT);
                if (font == null) {
                    LOG.warning("No CJK font at " + CJK_FONT + " on the class path: the material slip is printed in English");
                    language = "en";
                }
            }
            if (font == null) {
                font = load(document, LATIN_FONT);
            }
            MaterialSlipPdf pdf = new MaterialSlipPdf(document, font, labels(language));
            pdf.write(slip);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labels of one of the slip's languages (en, nb, sv, zh-CN); English for any other. */
    public static ResourceBundle labels(String language) {
        Locale locale = "en".equals(language) ? Locale.ROOT : Locale.forLanguageTag(language);
        return ResourceBundle.getBundle(BUNDLE, locale, MaterialSlipPdf.class.getClassLoader(), NO_FALLBACK);
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = MaterialSlipPdf.class.getResourceAsStream(resource)) {
            return in == null ? null : PDType0Font.load(document, in, true);
        }
    }

    private void write(MaterialSlip slip) throws IOException {
        newPage();
        WorkOrder order = slip.order();
        text(bold, 16, MARGIN, label("title") + " — " + order.number());
        y -= 24;
        String item = slip.item() == null ? order.itemId() : slip.item().code() + " " + slip.item().name();
        text(font, 10, MARGIN, label("work_order") + ": " + order.number() + "    " + label("status") + ": " + label("status." + order.status().apiName()));
        y -= ROW;
        text(font, 10, MARGIN, label("item") + ": " + item + "    " + label("quantity") + ": " + plain(order.quantity())
                + (slip.item() == null ? "" : " " + slip.item().unit()));
        y -= ROW;
        Map<String, String> configuration = slip.configuration();
        if (configuration != null && !configuration.isEmpty()) {
            text(font, 10, MARGIN, label("configuration") + ": " + configuration.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                    .collect(Collectors.joining(", ")));
            y -= ROW;
        }
        y -= 8;
        header();
        if (slip.lines().isEmpty()) {
            text(font, 9, MARGIN, label("no_materials"));
            y -= ROW;
        }
        for (MaterialSlip.Line line : slip.lines()) {
            room(ROW * (2 + Math.max(1, line.picks().size())));
            WorkOrderMaterial m = line.material();
            String component = line.component() == null ? m.itemId() : line.component().code() + " " + line.component().name();
            String[] cells = {String.valueOf(m.lineNumber()), fit(component, COLUMNS[2] - COLUMNS[1] - 4, 9), m.unit(), plain(m.requiredQuantity()),
                    plain(m.issuedQuantity()), plain(m.remainingQuantity()), plain(line.reserved()), plain(line.shortQuantity())};
            for (int c = 0; c < cells.length; c++) {
                text(c == 1 ? bold : font, 9, COLUMNS[c], cells[c]);
            }
            y -= ROW;
            if (line.picks().isEmpty() && m.remainingQuantity().signum() > 0) {
                text(font, 8, COLUMNS[1] + 8, label("no_stock"));
                y -= ROW;
            }
            for (MaterialSlip.Pick pick : line.picks()) {
                List<String> where = new ArrayList<>();
                where.add(label("warehouse") + " " + (pick.warehouseCode() == null ? pick.warehouseId() : pick.warehouseCode()));
                if (pick.locationId() != null) {
                    where.add(label("location") + " " + (pick.locationCode() == null ? pick.locationId() : pick.locationCode()));
                }
                if (pick.lotId() != null) {
                    where.add(label("lot") + " " + (pick.lotNumber() == null ? pick.lotId() : pick.lotNumber())
                            + (pick.expiryDate() == null ? "" : " (" + label("expires") + " " + pick.expiryDate() + ")"));
                }
                text(font, 8, COLUMNS[1] + 8, label("pick") + " " + plain(pick.quantity()) + " " + m.unit() + ": " + String.join(", ", where));
                y -= ROW;
            }
            y -= 3;
        }
        if (slip.hasShortage()) {
            room(ROW * 2);
            y -= 6;
            text(bold, 9, MARGIN, label("shortage"));
        }
        out.close();
    }

    private void header() throws IOException {
        String[] names = {label("line"), label("component"), label("unit"), label("required"), label("issued"), label("remaining"),
                label("reserved"), label("short")};
        for (int c = 0; c < names.length; c++) {
            text(bold, 9, COLUMNS[c], names[c]);
        }
        y -= 4;
        out.moveTo(MARGIN, y);
        out.lineTo(PDRectangle.A4.getWidth() - MARGIN, y);
        out.stroke();
        y -= ROW;
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            out.close();
            newPage();
            header();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        pages++;
        y = PDRectangle.A4.getHeight() - MARGIN;
        text(font, 7, PDRectangle.A4.getWidth() - MARGIN - 40, label("page") + " " + pages);
        y -= 4;
    }

    private void text(PDFont with, float size, float x, String text) throws IOException {
        out.beginText();
        out.setFont(with, size);
        out.newLineAtOffset(x, y);
        out.showText(printable(with, text));
        out.endText();
    }

    /** The text with each character the font cannot show replaced by '?'. */
    private static String printable(PDFont font, String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                shown.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    /** The text cut to fit {@code width} points, with an ellipsis where it was cut. */
    private String fit(String text, float width, float size) throws IOException {
        String shown = printable(font, text);
        if (font.getStringWidth(shown) / 1000 * size <= width) {
            return shown;
        }
        while (!shown.isEmpty() && font.getStringWidth(shown + "…") / 1000 * size > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "…";
    }

    private String label(String key) {
        return labels.getString(key);
    }

    private static String plain(BigDecimal quantity) {
        return quantity == null ? "" : MaterialPicking.tidy(quantity).toPlainString();
    }
}
