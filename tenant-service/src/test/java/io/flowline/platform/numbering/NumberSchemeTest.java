package io.flowline.platform.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NumberSchemeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Test
    void formatsWithTheTenantsPattern() {
        assertEquals("SO-2026-00042", new NumberScheme("order", "SO-{YYYY}-{SEQ:5}").format(DAY, 42));
        assertEquals("C-00007", new NumberScheme("customer", "C-{SEQ:5}").format(DAY, 7));
        assertEquals("2603-0001", new NumberScheme("order", "{YY}{MM}-{SEQ:4}").format(DAY, 1));
    }

    @Test
    void theCounterRestartsOnlyInPeriodsTheNumberShows() {
        assertEquals("order:2026", new NumberScheme("order", "SO-{YYYY}-{SEQ:5}").counter(DAY));
        assertEquals("order:2026", new NumberScheme("order", "SO{YY}{SEQ:5}").counter(DAY));
        assertEquals("order:2026-03", new NumberScheme("order", "SO-{YYYY}{MM}-{SEQ:4}").counter(DAY));
        assertEquals("order", new NumberScheme("order", "SO-{MM}-{SEQ:6}").counter(DAY), "March repeats every year, so no monthly restart");
        assertEquals("customer", new NumberScheme("customer", "C-{SEQ:5}").counter(DAY));
    }

    @Test
    void refusesAPatternWithoutOneSequence() {
        assertThrows(IllegalArgumentException.class, () -> new NumberScheme("order", "SO-{YYYY}"));
        assertThrows(IllegalArgumentException.class, () -> new NumberScheme("or:der", "SO-{SEQ:3}"));
    }
}
