package io.flowline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The architecture as a test (DESIGN.md): engines are plain Java, and modules depend one way only.
 * It reads the sources' import lines, so a forbidden dependency fails the build where it is written.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/io/flowline");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** What each module may use besides itself and the platform (DESIGN.md, "Dependencies run one way"). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("catalog", Set.of()),
            Map.entry("orders", Set.of("catalog")),
            Map.entry("inventory", Set.of("catalog")),
            // MRP reads work orders as supply and releases proposals into them, so planning sits above production.
            Map.entry("planning", Set.of("catalog", "orders", "inventory", "production")),
            Map.entry("production", Set.of("catalog", "orders", "inventory")),
            Map.entry("quality", Set.of("orders", "inventory", "catalog")),
            Map.entry("delivery", Set.of("orders", "inventory", "catalog")),
            Map.entry("insights", Set.of("orders", "inventory", "catalog", "planning", "production", "quality", "delivery")),
            Map.entry("imports", Set.of("catalog", "orders", "inventory")),
            // Seeds the demo company through every module's services; nothing depends on it.
            Map.entry("demo", Set.of("catalog", "orders", "inventory", "planning", "production", "quality", "delivery", "insights", "imports")),
            Map.entry("platform", Set.of()));

    /** Plain-Java platform classes an engine may use (no Jakarta, no state): the tenant's settings are validated with them. */
    private static final Set<String> PLAIN_PLATFORM_CLASSES = Set.of("io.flowline.platform.tenancy.OrderNumberFormat");

    @Test
    void enginesArePlainJava() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().contains("/engine/") && f.toString().endsWith(".java")).toList()) {
                for (String imported : imports(file)) {
                    if (imported.startsWith("jakarta.") || imported.startsWith("javax.") || imported.startsWith("org.eclipse.")
                            || (imported.startsWith("io.flowline.") && !imported.contains(".engine.")
                                    && !PLAIN_PLATFORM_CLASSES.contains(imported))) {
                        violations.add(SOURCES.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void modulesDependOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                Set<String> allowed = ALLOWED.get(module);
                assertTrue(allowed != null, "unknown module package io.flowline." + module + ": add it to ALLOWED");
                checked++;
                for (String imported : imports(file)) {
                    if (!imported.startsWith("io.flowline.") || imported.startsWith("io.flowline.api.")) {
                        continue;
                    }
                    String target = imported.split("\\.")[2];
                    if (!target.equals(module) && !target.equals("platform") && !allowed.contains(target)) {
                        violations.add(relative + " (" + module + ") imports " + imported);
                    }
                    if (module.equals("platform") && !target.equals("platform")) {
                        violations.add(relative + ": the platform may not depend on module " + target);
                    }
                }
            }
        }
        assertTrue(checked > 20, "the sources were found: " + checked);
        assertEquals(List.of(), violations);
    }

    private static List<String> imports(Path file) throws IOException {
        Matcher matcher = IMPORT.matcher(Files.readString(file));
        List<String> imports = new ArrayList<>();
        while (matcher.find()) {
            imports.add(matcher.group(1));
        }
        return imports;
    }
}
