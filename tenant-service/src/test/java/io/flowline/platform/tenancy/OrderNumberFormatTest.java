package io.flowline.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class OrderNumberFormatTest {

    private static void assertProblem(String expected, String format) {
        assertEquals(Optional.of(expected), OrderNumberFormat.problem(format), format);
    }

    @Test
    void goodPatternsHaveNoProblem() {
        assertEquals(Optional.empty(), OrderNumberFormat.problem(OrderNumberFormat.DEFAULT));
        assertEquals(Optional.empty(), OrderNumberFormat.problem("PO/{YY}{MM}/{SEQ:4}"));
        assertEquals(Optional.empty(), OrderNumberFormat.problem("{SEQ:1}"));
        assertEquals(Optional.empty(), OrderNumberFormat.problem("{SEQ:12}"));
    }

    @Test
    void blankPatternIsRefused() {
        assertProblem("must not be blank", "");
        assertProblem("must not be blank", "   ");
    }

    @Test
    void patternWithoutExactlyOneSequenceIsRefused() {
        assertProblem("must contain {SEQ:n} exactly once", "SO-{YYYY}");
        assertProblem("must contain {SEQ:n} exactly once", "{SEQ:3}-{SEQ:3}");
    }

    @Test
    void sequenceWidthOutsideOneToTwelveIsRefused() {
        assertProblem("{SEQ:n} needs a width n from 1 to 12", "SO-{SEQ}");
        assertProblem("{SEQ:n} needs a width n from 1 to 12", "SO-{SEQ:0}");
        assertProblem("{SEQ:n} needs a width n from 1 to 12", "SO-{SEQ:13}");
    }

    @Test
    void dateTokenWithAWidthIsRefused() {
        assertProblem("{YYYY} takes no width", "SO-{YYYY:4}-{SEQ:5}");
        assertProblem("{MM} takes no width", "SO-{MM:2}-{SEQ:5}");
    }

    @Test
    void unknownPlaceholderIsRefused() {
        assertProblem("unknown placeholder {DD}; use {YYYY}, {YY}, {MM} and {SEQ:n}", "SO-{DD}-{SEQ:5}");
    }

    @Test
    void strayBraceIsRefused() {
        assertProblem("has an unbalanced brace", "SO-{{SEQ:5}");
        assertProblem("has an unbalanced brace", "SO-{SEQ:5}}");
    }

    @Test
    void formatFillsYearAndZeroPadsTheSequence() {
        assertEquals("SO-2026-00042", OrderNumberFormat.format("SO-{YYYY}-{SEQ:5}", 2026, 3, 42));
    }

    @Test
    void formatFillsTwoDigitYearAndMonth() {
        assertEquals("PO/2603/0007", OrderNumberFormat.format("PO/{YY}{MM}/{SEQ:4}", 2026, 3, 7));
        assertEquals("PO/0512/0007", OrderNumberFormat.format("PO/{YY}{MM}/{SEQ:4}", 2005, 12, 7));
    }

    @Test
    void sequenceWiderThanItsWidthIsNotCut() {
        assertEquals("SO-123456", OrderNumberFormat.format("SO-{SEQ:3}", 2026, 3, 123_456));
    }

    @Test
    void literalDollarAndBackslashAreKept() {
        assertEquals("$\\-001", OrderNumberFormat.format("$\\-{SEQ:3}", 2026, 3, 1));
    }

    @Test
    void everyPatternWithoutAProblemCanBeFormatted() {
        for (String pattern : new String[] {OrderNumberFormat.DEFAULT, "PO/{YY}{MM}/{SEQ:4}", "SO-{SEQ:05}", "SO-{SEQ:012}"}) {
            if (OrderNumberFormat.problem(pattern).isEmpty()) {
                assertDoesNotThrow(() -> OrderNumberFormat.format(pattern, 2026, 3, 42), pattern);
            }
        }
    }

    @Test
    void sequenceWidthTooLargeForAnIntIsRefused() {
        assertProblem("{SEQ:n} needs a width n from 1 to 12", "SO-{SEQ:99999999999}");
    }
}
