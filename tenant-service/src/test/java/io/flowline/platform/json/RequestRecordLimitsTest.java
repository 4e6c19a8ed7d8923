package io.flowline.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.flowline.api.tenancy.TenantApi;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Every text, number and list a client can send has a bound, so a huge value is a 400 naming its field, never a database error:
 * strings need {@code @Size} or {@code @Pattern}, decimals {@code @Digits} or {@code @DecimalMax}, lists and maps {@code @Size}.
 * Whole numbers are bounded by their Java type (StrictJsonReader refuses what does not fit).
 */
class RequestRecordLimitsTest {

    @Test
    void everyFieldOfEveryRequestBodyIsBounded() throws Exception {
        List<String> unbounded = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> api : apiInterfaces()) {
            for (Method method : api.getMethods()) {
                for (Type parameter : method.getGenericParameterTypes()) {
                    walk(parameter, seen, unbounded);
                }
            }
        }
        assertEquals(List.of(), unbounded);
        assertEquals(true, seen.size() > 40, "found the request records: " + seen.size());
    }

    private static void walk(Type type, Set<Class<?>> seen, List<String> unbounded) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                walk(argument, seen, unbounded);
            }
            return;
        }
        if (!(type instanceof Class<?> record) || !record.isRecord() || !seen.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> raw = component.getType();
            AnnotatedElement field = field(record, component);
            boolean bounded = raw == String.class ? field.isAnnotationPresent(Size.class) || field.isAnnotationPresent(Pattern.class)
                    : raw == BigDecimal.class ? field.isAnnotationPresent(Digits.class) || field.isAnnotationPresent(DecimalMax.class)
                    : Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) ? field.isAnnotationPresent(Size.class)
                    : true;
            if (!bounded) {
                unbounded.add(record.getName() + "." + component.getName());
            }
            walk(component.getGenericType(), seen, unbounded);
        }
    }

    private static AnnotatedElement field(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JAX-RS interfaces of the api module, read from its classes folder or jar, whichever the build put on the class path. */
    private static List<Class<?>> apiInterfaces() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(TenantApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> apis = new ArrayList<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith("Api.class")).toList()) {
                    String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                    apis.add(Class.forName(name));
                }
            }
        }
        return apis;
    }
}
