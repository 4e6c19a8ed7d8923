package io.flowline.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import io.flowline.planning.engine.LotSizingRule;
import org.junit.jupiter.api.Test;

/** An item's lot-sizing rule must be one planning can apply: the catalog keeps its own list, with the same names. */
class LotSizingNamesTest {
    @Test
    void catalogRulesAreThePlanningEnginesRules() {
        assertEquals(Arrays.stream(LotSizingRule.values()).map(Enum::name).toList(), Arrays.stream(ItemLotSizingRule.values()).map(Enum::name).toList());
    }
}
