package io.flowline.catalog.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The engine is called by orders and planning alike and benchmarked on its own: no container types in it. */
class CatalogEngineIsPlainJavaTest {
    @Test
    void noJakartaPersistenceOrCdiImports() throws IOException {
        Path engine = Path.of("src/main/java/io/flowline/catalog/engine");
        try (Stream<Path> files = Files.list(engine)) {
            List<String> offenders = files.filter(f -> {
                try {
                    return Files.readAllLines(f).stream().anyMatch(l -> l.startsWith("import jakarta.") || l.startsWith("import org.eclipse.")
                            || l.startsWith("import io.flowline.platform") || l.startsWith("import io.flowline.api"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }
}
