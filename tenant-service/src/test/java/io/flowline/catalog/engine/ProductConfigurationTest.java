package io.flowline.catalog.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.engine.ProductConfiguration.Option;
import io.flowline.catalog.engine.ProductConfiguration.OptionGroup;
import io.flowline.catalog.engine.ProductConfiguration.Resolution;
import org.junit.jupiter.api.Test;

/** The school bag of the demo: a bag, a bundle of pens in one colour and an optional bundle of crayons. */
class ProductConfigurationTest {

    private static BomLine line(String component, int quantity) {
        return new BomLine(component, "BAG-SET", component, BigDecimal.valueOf(quantity), BigDecimal.ZERO, null);
    }

    private static final List<BomLine> BASE = List.of(line("BAG", 1));
    private static final List<OptionGroup> GROUPS = List.of(
            new OptionGroup("pen_colour", "Pen colour", true, List.of(
                    new Option("black", "Black", List.of(line("PEN-BLACK", 5))),
                    new Option("blue", "Blue", List.of(line("PEN-BLUE", 5))))),
            new OptionGroup("crayon_colour", "Crayon colour", false, List.of(
                    new Option("yellow", "Yellow", List.of(line("CRAYON-YELLOW", 12))),
                    new Option("red", "Red", List.of(line("CRAYON-RED", 12))))));

    @Test
    void resolvesBaseLinesPlusTheChosenOptionsComponents() {
        Resolution resolution = ProductConfiguration.resolve(BASE, GROUPS, Map.of("pen_colour", "blue", "crayon_colour", "red"));
        assertTrue(resolution.valid());
        assertEquals(List.of("BAG", "PEN-BLUE", "CRAYON-RED"), resolution.lines().stream().map(l -> l.line().component()).toList());
        assertEquals(List.of("pen_colour", "crayon_colour"), resolution.choices().stream().map(c -> c.group().code()).toList());
        assertEquals("blue", resolution.lines().get(1).option());
    }

    @Test
    void anOptionalGroupMayBeLeftOut() {
        Resolution resolution = ProductConfiguration.resolve(BASE, GROUPS, Map.of("pen_colour", "black"));
        assertEquals(List.of("BAG", "PEN-BLACK"), resolution.lines().stream().map(l -> l.line().component()).toList());
    }

    @Test
    void namesEveryMissingUnknownOrInvalidChoice() {
        Resolution resolution = ProductConfiguration.resolve(BASE, GROUPS, Map.of("crayon_colour", "green", "size", "xl"));
        assertFalse(resolution.valid());
        assertEquals(Map.of(
                "size", "is not an option group of this product; its groups are pen_colour, crayon_colour",
                "pen_colour", "a choice is required: one of black, blue",
                "crayon_colour", "has no option \"green\"; choose one of yellow, red"), resolution.errors());
        assertTrue(resolution.lines().isEmpty());
    }
}
