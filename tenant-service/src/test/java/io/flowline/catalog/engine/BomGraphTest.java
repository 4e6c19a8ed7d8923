package io.flowline.catalog.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BomGraphTest {

    private static BomLine line(String parent, String component, String quantityPer, String scrap) {
        return new BomLine(parent + ">" + component, parent, component, new BigDecimal(quantityPer), new BigDecimal(scrap), null);
    }

    /**
     * The worked example, a parquet floor board (one board = one piece):
     * <pre>
     * BOARD                          100 boards
     *   LAMELLA  1     x (1 + 0.05)  100 x 1 x 1.05     = 105
     *     OAK    0.012 x (1 + 0.10)  105 x 0.012 x 1.10 = 1.386  (m³)
     *   CORE     1     x (1 + 0.02)  100 x 1 x 1.02     = 102
     *   FINISH   0.15  x (1 + 0.10)  100 x 0.15 x 1.10  = 16.5   (litres)
     * </pre>
     */
    static final List<BomLine> PARQUET = List.of(
            line("BOARD", "LAMELLA", "1", "0.05"),
            line("BOARD", "CORE", "1", "0.02"),
            line("BOARD", "FINISH", "0.15", "0.10"),
            line("LAMELLA", "OAK", "0.012", "0.10"));

    @Test
    void explodesThreeLevelsDepthFirstWithScrapCompounded() {
        List<ExplosionLine> explosion = new BomGraph(PARQUET).explode("BOARD", new BigDecimal("100"));

        assertEquals(List.of("LAMELLA", "OAK", "CORE", "FINISH"), explosion.stream().map(l -> l.line().component()).toList());
        assertEquals(List.of(1, 2, 1, 1), explosion.stream().map(ExplosionLine::level).toList());
        assertEquals(0, new BigDecimal("105").compareTo(explosion.get(0).extendedQuantity()));
        assertEquals(0, new BigDecimal("1.386").compareTo(explosion.get(1).extendedQuantity()));
        assertEquals(0, new BigDecimal("102").compareTo(explosion.get(2).extendedQuantity()));
        assertEquals(0, new BigDecimal("16.5").compareTo(explosion.get(3).extendedQuantity()));
    }

    @Test
    void totalsSumAComponentUsedInSeveralPlaces() {
        List<BomLine> lines = new ArrayList<>(PARQUET);
        lines.add(line("CORE", "OAK", "0.001", "0")); // an oak veneer in the core too
        List<ExplosionLine> explosion = new BomGraph(lines).explode("BOARD", BigDecimal.TEN);
        Map<String, BigDecimal> totals = BomGraph.totals(explosion);
        // 10 x 1.05 x 0.012 x 1.1 = 0.1386, plus 10 x 1.02 x 0.001 = 0.0102
        assertEquals(0, new BigDecimal("0.1488").compareTo(totals.get("OAK")));
        assertEquals(List.of("LAMELLA", "OAK", "CORE", "FINISH"), List.copyOf(totals.keySet()));
    }

    @Test
    void findsTheCycleThroughTheRootAsAPath() {
        List<BomLine> lines = List.of(line("A", "B", "1", "0"), line("B", "C", "2", "0"), line("C", "A", "1", "0"), line("B", "D", "1", "0"));
        Optional<List<String>> cycle = new BomGraph(lines).findCycle("A");
        assertEquals(Optional.of(List.of("A", "B", "C", "A")), cycle);
        assertThrows(BomCycleException.class, () -> new BomGraph(lines).explode("A", BigDecimal.ONE));
    }

    @Test
    void findsASelfReferenceAndACycleBelowTheRoot() {
        assertEquals(Optional.of(List.of("A", "A")), new BomGraph(List.of(line("A", "A", "1", "0"))).findCycle("A"));
        List<BomLine> below = List.of(line("R", "X", "1", "0"), line("X", "Y", "1", "0"), line("Y", "X", "1", "0"));
        assertEquals(Optional.of(List.of("X", "Y", "X")), new BomGraph(below).findCycle("R"));
    }

    @Test
    void searchesFromSeveralRootsShareWhatTheyFoundFreeOfCycles() {
        // depth-first search with finished nodes kept across searches (Cormen et al., Introduction to Algorithms, 22.3):
        // a node finished without meeting the current path reaches no cycle
        List<BomLine> lines = List.of(line("A", "D", "1", "0"), line("B", "D", "1", "0"), line("C", "E", "1", "0"), line("E", "C", "1", "0"));
        BomGraph graph = new BomGraph(lines);
        java.util.Set<String> acyclic = new java.util.HashSet<>();
        assertTrue(graph.findCycle("A", acyclic).isEmpty());
        assertEquals(java.util.Set.of("A", "D"), acyclic);
        assertTrue(graph.findCycle("B", acyclic).isEmpty());
        assertEquals(Optional.of(List.of("C", "E", "C")), graph.findCycle("C", acyclic));
        assertFalse(acyclic.contains("C"), "a node on a cycle is never marked free of cycles");
    }

    @Test
    void aSharedSubassemblyIsNotACycle() {
        // a diamond: A uses B and C, both use D
        List<BomLine> diamond = List.of(line("A", "B", "1", "0"), line("A", "C", "1", "0"), line("B", "D", "1", "0"), line("C", "D", "1", "0"));
        assertTrue(new BomGraph(diamond).findCycle("A").isEmpty());
        assertTrue(new BomGraph(PARQUET).findCycle("BOARD").isEmpty());
    }

    @Test
    void whereUsedAnswersOneLevelOrAllTheWayUp() {
        List<BomLine> lines = new ArrayList<>(PARQUET);
        lines.add(line("STAIR", "LAMELLA", "4", "0")); // a stair tread uses lamellas too
        lines.add(line("KIT", "BOARD", "20", "0"));    // a floor kit of 20 boards
        BomGraph graph = new BomGraph(lines);

        List<WhereUsedLine> direct = graph.whereUsed("OAK", false);
        assertEquals(List.of("LAMELLA"), direct.stream().map(l -> l.line().parent()).toList());
        assertFalse(direct.get(0).topLevel());

        List<WhereUsedLine> all = graph.whereUsed("OAK", true);
        assertEquals(List.of("LAMELLA", "BOARD", "KIT", "STAIR"), all.stream().map(l -> l.line().parent()).toList());
        assertEquals(List.of(1, 2, 3, 2), all.stream().map(WhereUsedLine::level).toList());
        assertEquals(List.of(false, false, true, true), all.stream().map(WhereUsedLine::topLevel).toList());
        assertTrue(graph.whereUsed("KIT", true).isEmpty());
    }

    @Test
    void refusesAnswersLargerThanTheLimit() {
        assertThrows(IllegalArgumentException.class, () -> new BomGraph(PARQUET).explode("BOARD", BigDecimal.ONE, 3));
        assertEquals(4, new BomGraph(PARQUET).explode("BOARD", BigDecimal.ONE, 4).size());
    }

    @Test
    void scrapFactorMustBeAFractionBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> line("A", "B", "1", "1"));
        assertThrows(IllegalArgumentException.class, () -> line("A", "B", "-1", "0"));
    }
}
