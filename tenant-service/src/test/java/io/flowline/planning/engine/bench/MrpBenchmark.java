package io.flowline.planning.engine.bench;

import io.flowline.planning.engine.BillOfMaterials;
import io.flowline.planning.engine.IndependentDemand;
import io.flowline.planning.engine.MultiLevelMrp;
import io.flowline.planning.engine.MultiLevelMrpResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The regenerative multi-level MRP run on {@link BenchmarkCatalogue#standard()} against a floor:
 * one plain pass over the same arrays that any explosion must at least make — allocate the
 * per-item per-period gross requirements, add every demand line, and walk every BOM line once per
 * period, parents before components, adding the parent's requirement times quantity per x
 * (1 + scrap) to the component (lot-for-lot without stock, lead times, lot sizing, records or pegging).
 *
 * <p>Run it with {@code mvn -ntp -Pbenchmark -pl tenant-service -am test-compile} from the repository
 * root; {@link #main} runs both benchmarks under each garbage collector asked for and prints the
 * ratio engine / floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MrpBenchmark {

    private int periods;
    private io.flowline.planning.engine.PlanningItem[] items;
    private BillOfMaterials bom;
    private IndependentDemand demand;
    /** BOM lines with parents on shallower levels first, so the floor explodes like the engine does. */
    private int[] lineOrder;

    @Setup
    public void generate() {
        BenchmarkCatalogue catalogue = BenchmarkCatalogue.standard();
        periods = catalogue.periods;
        items = catalogue.items;
        bom = catalogue.bom;
        demand = catalogue.demand;
        lineOrder = new int[bom.lines()];
        int[] level = catalogue.level;
        Integer[] boxed = new Integer[bom.lines()];
        for (int l = 0; l < boxed.length; l++) {
            boxed[l] = l;
        }
        Arrays.sort(boxed, (a, b) -> Integer.compare(level[bom.parent()[a]], level[bom.parent()[b]]));
        for (int l = 0; l < boxed.length; l++) {
            lineOrder[l] = boxed[l];
        }
    }

    @Benchmark
    public MultiLevelMrpResult engine() {
        return MultiLevelMrp.run(periods, items, bom, demand);
    }

    @Benchmark
    public double[] floor() {
        int[] parent = bom.parent();
        int[] component = bom.component();
        double[] quantityPer = bom.quantityPer();
        double[] scrap = bom.scrapFactor();
        double[] gross = new double[items.length * periods];
        int[] demandItem = demand.item();
        int[] demandPeriod = demand.period();
        double[] demandQuantity = demand.quantity();
        for (int l = 0; l < demandItem.length; l++) {
            gross[demandItem[l] * periods + demandPeriod[l]] += demandQuantity[l];
        }
        for (int line : lineOrder) {
            double perParentUnit = quantityPer[line] * (1 + scrap[line]);
            int from = parent[line] * periods;
            int to = component[line] * periods;
            for (int t = 0; t < periods; t++) {
                gross[to + t] += gross[from + t] * perParentUnit;
            }
        }
        return gross;
    }

    /**
     * Arguments: the garbage collectors to run under, e.g. {@code G1 Parallel} (default: both).
     * System properties {@code bench.warmup}, {@code bench.iterations} (seconds each, default 6/5)
     * and {@code bench.forks} (default 1) tune the run.
     */
    public static void main(String[] args) throws RunnerException {
        List<String> collectors = args.length == 0 ? List.of("G1", "Parallel") : List.of(args);
        int warmup = Integer.getInteger("bench.warmup", 6);
        int iterations = Integer.getInteger("bench.iterations", 5);
        int forks = Integer.getInteger("bench.forks", 1);
        List<String> summary = new ArrayList<>();
        for (String collector : collectors) {
            Options options = new OptionsBuilder()
                    .include(MrpBenchmark.class.getName() + "\\.")
                    .forks(forks)
                    .warmupIterations(warmup)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementIterations(iterations)
                    .measurementTime(TimeValue.seconds(1))
                    // fixed heap so that heap resizing does not show up as noise; 2 GB is ample for
                    // the ~70 MB a run allocates and smaller than what a production server gets
                    .jvmArgs("-XX:+Use" + collector + "GC", "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch")
                    .build();
            Collection<RunResult> results = new Runner(options).run();
            double engine = Double.NaN;
            double engineError = Double.NaN;
            double floor = Double.NaN;
            double floorError = Double.NaN;
            for (RunResult result : results) {
                String label = result.getParams().getBenchmark();
                double score = result.getPrimaryResult().getScore();
                double error = result.getPrimaryResult().getScoreError();
                if (label.endsWith(".engine")) {
                    engine = score;
                    engineError = error;
                } else if (label.endsWith(".floor")) {
                    floor = score;
                    floorError = error;
                }
            }
            summary.add(String.format(Locale.ROOT,
                    "%-10s engine %7.2f ± %5.2f ms   floor %6.2f ± %5.2f ms   engine/floor %5.1f",
                    collector + "GC", engine, engineError, floor, floorError, engine / floor));
        }
        System.out.println();
        System.out.println("MRP benchmark: 10,000 items, 25,000 BOM lines on 6 levels, 104 weeks, 5,000 demand lines");
        System.out.println("target: engine <= 100 ms and engine/floor <= 10");
        summary.forEach(System.out::println);
    }
}
