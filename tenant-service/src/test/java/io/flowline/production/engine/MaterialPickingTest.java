package io.flowline.production.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MaterialPickingTest {

    private static BigDecimal q(String value) {
        return new BigDecimal(value);
    }

    private static MaterialPicking.Stock stock(String lot, String expiry, String received, String available) {
        return new MaterialPicking.Stock("wh_1", "loc_" + lot, lot, expiry == null ? null : LocalDate.parse(expiry),
                Instant.parse(received + "T08:00:00Z"), q(available));
    }

    @Test
    void requiredQuantityAddsScrapAsTheBomExplosionDoes() {
        // APICS scrap factor: 100 boards x 2 legs x (1 + 0.05) = 210 legs
        assertEquals(q("210"), MaterialPicking.required(q("100"), q("2"), q("0.05"), true));
        assertEquals(q("12.5"), MaterialPicking.required(q("10"), q("1.25"), BigDecimal.ZERO, false));
    }

    @Test
    void requiredQuantityRoundsUpToWholePiecesOrSixDecimals() {
        assertEquals(q("32"), MaterialPicking.required(q("10"), q("3"), q("0.05"), true), "31.5 pieces means taking 32");
        assertEquals(q("0.333334"), MaterialPicking.required(q("1"), q("0.333333"), q("0.000002"), false), "never rounded down");
        assertEquals("100", MaterialPicking.required(q("50"), q("2"), null, true).toPlainString(), "plain, not 1E+2");
    }

    @Test
    void piecesAreKnownByTheirUnit() {
        assertTrue(MaterialPicking.wholeUnits(" PCS "));
        assertTrue(MaterialPicking.wholeUnits("个"));
        assertFalse(MaterialPicking.wholeUnits("kg"));
        assertFalse(MaterialPicking.wholeUnits(null));
    }

    @Test
    void picksFirstExpiredFirstOutThenFirstInFirstOut() {
        MaterialPicking.Stock late = stock("L3", "2026-12-31", "2026-01-01", "50");
        MaterialPicking.Stock soon = stock("L2", "2026-06-30", "2026-03-01", "30");
        MaterialPicking.Stock neverOld = stock("L1", null, "2025-11-01", "100");
        MaterialPicking.Stock neverNew = stock("L4", null, "2026-02-01", "100");
        MaterialPicking.Picks picks = MaterialPicking.pick(List.of(neverNew, late, neverOld, soon), q("100"));
        assertEquals(List.of("L2", "L3", "L1"), picks.picks().stream().map(p -> p.from().lotId()).toList(),
                "earliest expiry first; stock without expiry after, the oldest first");
        assertEquals(List.of(q("30"), q("50"), q("20")), picks.picks().stream().map(MaterialPicking.Pick::quantity).toList());
        assertEquals(BigDecimal.ZERO, picks.shortQuantity());
        assertEquals(q("100"), picks.picked());
    }

    @Test
    void whatNoStockCoversIsShort() {
        MaterialPicking.Picks picks = MaterialPicking.pick(List.of(stock("L1", null, "2026-01-01", "7"), stock("L2", null, "2026-01-02", "0")), q("10"));
        assertEquals(1, picks.picks().size(), "an empty place is not a pick");
        assertEquals(q("3"), picks.shortQuantity());
        assertEquals(q("10"), MaterialPicking.pick(List.of(), q("10")).shortQuantity());
    }

    @Test
    void backflushIssuesTheShareOfTheOutputReportedLessWhatWasIssued() {
        // 210 required for 100 ordered: 40 good take 84, of which 50 were issued by hand
        assertEquals(q("34"), MaterialPicking.backflush(q("210"), q("100"), q("40"), q("50"), true));
        assertEquals(q("84"), MaterialPicking.backflush(q("210"), q("100"), q("40"), BigDecimal.ZERO, true));
        assertEquals(q("85"), MaterialPicking.backflush(q("210"), q("100"), q("40.2"), BigDecimal.ZERO, true), "84.42 pieces: 85");
        assertEquals(q("210"), MaterialPicking.backflush(q("210"), q("100"), q("120"), BigDecimal.ZERO, true), "output above the order takes no more");
        assertEquals(BigDecimal.ZERO, MaterialPicking.backflush(q("210"), q("100"), q("40"), q("90"), true), "more issued already: nothing");
        assertEquals(BigDecimal.ZERO, MaterialPicking.backflush(q("210"), q("100"), BigDecimal.ZERO, BigDecimal.ZERO, true));
    }
}
