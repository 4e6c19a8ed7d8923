package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database stop mid-load: while it is away every request answers 503 with Retry-After within 2 s, readiness says
 * DOWN, and once it is back the service recovers by itself with every write it acknowledged present.
 * <p>
 * The database is a second, private mariadbd that the test installs under {@code target/}, starts on a free port, kills
 * (SIGKILL) and starts again; the machine's own MariaDB is never touched. The service is a third Liberty server
 * ({@code flowline-it-outage}, created by the build's mysql-it profile, not started) that the test starts against it and
 * stops. It runs in the MariaDB pass only, where the build names that server, and only where MariaDB is installed.
 */
class DatabaseOutageIT {
    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    private static final Path CLIENT = Path.of("/usr/bin/mariadb");
    private static final String WLP = System.getProperty("flowline.it.outage.wlp");
    private static final String SERVER = System.getProperty("flowline.it.outage.server");
    private static final String HTTP_PORT = System.getProperty("flowline.it.outage.http-port");
    private static final String WORK_DIR = System.getProperty("flowline.it.outage.dir");
    /** What the issue promises: a request during an outage is answered within this. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);
    /** Three writers, each pausing between requests: a steady load well under any rate limit. */
    private static final int WRITERS = 3;
    private static final Duration PAUSE = Duration.ofMillis(40);
    /** Long enough for the pool to meet its dead connections and for requests to find none. */
    private static final Duration OUTAGE = Duration.ofSeconds(4);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Path dataDir;
    private static int dbPort;
    private static Process mariadbd;
    private static boolean libertyStarted;
    private static String baseUrl;

    private record Outcome(long startNanos, long endNanos, int status, String retryAfter, String contentType, String type,
                           String id, String name) {
        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
        }
    }

    @BeforeAll
    static void startDatabaseAndServer() throws Exception {
        Assumptions.assumeTrue(WLP != null && SERVER != null && HTTP_PORT != null && WORK_DIR != null,
                "runs in the MariaDB pass, which creates the outage server");
        Assumptions.assumeTrue(Files.isExecutable(MARIADBD) && Files.isExecutable(INSTALL_DB) && Files.isExecutable(CLIENT),
                "needs MariaDB's server binaries to start a private database");
        Runtime.getRuntime().addShutdownHook(new Thread(DatabaseOutageIT::stopEverything)); // if the test JVM ends first
        Path work = Path.of(WORK_DIR);
        deleteRecursively(work);
        dataDir = work.resolve("data");
        Files.createDirectories(work);
        run(Duration.ofSeconds(120), INSTALL_DB.toString(), "--no-defaults", "--datadir=" + dataDir, "--user=root",
                "--skip-test-db", "--auth-root-authentication-method=socket");
        try (ServerSocket free = new ServerSocket(0)) {
            dbPort = free.getLocalPort();
        }
        startDatabase();
        run(Duration.ofSeconds(30), CLIENT.toString(), "--no-defaults", "--socket=" + socket(), "-u", "root", "-e",
                "CREATE DATABASE flowline CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
                        + " CREATE USER 'flowline'@'127.0.0.1' IDENTIFIED BY 'flowline';"
                        + " GRANT ALL ON flowline.* TO 'flowline'@'127.0.0.1';");

        baseUrl = "http://localhost:" + HTTP_PORT;
        liberty(Duration.ofSeconds(60), "stop"); // a server left running by an interrupted run would hold the port
        libertyStarted = true;
        liberty(Duration.ofSeconds(300), "start");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (readiness() != 200) {
            assertTrue(System.nanoTime() < deadline, "the outage server never became ready; see " + WLP + "/usr/servers/" + SERVER + "/logs");
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopServerAndDatabase() {
        stopEverything();
    }

    private static synchronized void stopEverything() {
        try {
            if (libertyStarted) {
                libertyStarted = false;
                liberty(Duration.ofSeconds(120), "stop");
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not stop " + SERVER, e);
        } finally {
            stopDatabase();
        }
    }

    @Test
    void aDatabaseStopMidLoadAnswers503sThenRecoversWithEveryAcknowledgedWrite() throws Exception {
        String token = signUpAndSignIn();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> loops = new ArrayList<>();
        long killedAt;
        long restartingAt; // the outage ends here: startDatabase returns only once the database already answers
        long restartedAt;
        int readinessDuringOutage;
        String readinessStatusDuringOutage;
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                loops.add(writers.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        outcomes.add(createCustomer(token, "Outage " + writer + "-" + n));
                        Thread.sleep(PAUSE.toMillis());
                    }
                    return null;
                }));
            }
            waitUntil(Duration.ofSeconds(30), () -> successes(outcomes, 0) >= 15, "writes before the outage");

            mariadbd.destroyForcibly(); // SIGKILL: no goodbye to the clients, as when a database host dies
            assertTrue(mariadbd.waitFor(30, TimeUnit.SECONDS), "mariadbd did not die");
            killedAt = System.nanoTime();
            Thread.sleep(OUTAGE.toMillis());
            waitUntil(Duration.ofSeconds(20), () -> startedAfter(outcomes, killedAt).size() >= 10, "requests during the outage");
            HttpResponse<String> readiness = get("/health/ready", null);
            readinessDuringOutage = status(readiness);
            readinessStatusDuringOutage = json(readiness.body()).getString("status", "");

            restartingAt = System.nanoTime();
            startDatabase();
            restartedAt = System.nanoTime();
            waitUntil(Duration.ofSeconds(30), () -> successes(outcomes, restartedAt) >= 5, "writes after the database came back");
        } finally {
            running.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "the writers did not stop");
        }
        for (Future<?> loop : loops) {
            loop.get(); // a writer that failed (not a status: an exception) fails the test
        }

        List<Outcome> all = new ArrayList<>(outcomes);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        all.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        List<Outcome> refused = all.stream().filter(o -> o.status() != 201).toList();
        List<Outcome> duringOutage = all.stream().filter(o -> o.startNanos() > killedAt && o.endNanos() < restartingAt).toList();
        long slowest = duringOutage.stream().mapToLong(Outcome::millis).max().orElse(-1);
        Outcome firstRecovered = all.stream().filter(o -> o.status() == 201 && o.startNanos() > restartedAt)
                .min(Comparator.comparingLong(Outcome::endNanos)).orElseThrow();
        System.out.printf("DatabaseOutageIT: %d requests %s; %d started and ended during the outage, slowest %d ms;"
                        + " first write acknowledged %d ms after the restart%n", all.size(), byStatus, duringOutage.size(), slowest,
                TimeUnit.NANOSECONDS.toMillis(firstRecovered.endNanos() - restartedAt));

        assertEquals(Map.of(201, byStatus.getOrDefault(201, 0), 503, byStatus.getOrDefault(503, 0)), byStatus,
                "every answer is a 201 or a 503, never a 500");
        assertFalse(duringOutage.isEmpty(), "some requests ran while the database was away");
        for (Outcome o : refused) {
            assertEquals("application/problem+json", o.contentType(), o::toString);
            assertTrue(o.type().endsWith("/database-unavailable"), o::toString);
            assertTrue(o.retryAfter() != null && Integer.parseInt(o.retryAfter()) > 0, "Retry-After: " + o);
        }
        for (Outcome o : duringOutage) {
            assertEquals(503, o.status(), o::toString);
            assertTrue(o.millis() <= ANSWER_WITHIN.toMillis(), "answered in " + o.millis() + " ms: " + o);
        }
        assertEquals(503, readinessDuringOutage, "readiness while the database is away");
        assertEquals("DOWN", readinessStatusDuringOutage);

        List<Outcome> acknowledged = all.stream().filter(o -> o.status() == 201).toList();
        for (Outcome o : acknowledged) {
            HttpResponse<String> read = get("/api/v1/customers/" + o.id(), token);
            assertEquals(200, status(read), () -> "acknowledged write " + o + " is gone: " + read.body());
            assertEquals(o.name(), json(read.body()).getString("name"));
        }
        assertEquals(200, status(get("/health/ready", null)), "ready again");
    }

    private static String signUpAndSignIn() {
        String email = TestTenants.uniqueEmail("outage");
        HttpResponse<String> signup = send(request("/api/v1/signup", null).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Http.json("company", "Outage GmbH", "country", "DE", "email", email,
                        "password", TestTenants.PASSWORD))).build());
        assertEquals(2, status(signup) / 100, signup::body);
        String form = "grant_type=password&username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestTenants.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> token = send(request("/api/v1/auth/token", null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, status(token), token::body);
        return json(token.body()).getString("access_token");
    }

    private static Outcome createCustomer(String token, String name) {
        long start = System.nanoTime();
        HttpResponse<String> reply = send(request("/api/v1/customers", token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Http.json("name", name))).build());
        long end = System.nanoTime();
        String contentType = reply.headers().firstValue("Content-Type").orElse("");
        JsonObject body = contentType.contains("json") ? json(reply.body()) : JsonObject.EMPTY_JSON_OBJECT;
        return new Outcome(start, end, reply.statusCode(), reply.headers().firstValue("Retry-After").orElse(null),
                contentType.replaceFirst(";.*", ""), body.getString("type", ""), body.getString("id", null), name);
    }

    private static long successes(List<Outcome> outcomes, long after) {
        synchronized (outcomes) {
            return outcomes.stream().filter(o -> o.status() == 201 && o.startNanos() > after).count();
        }
    }

    private static List<Outcome> startedAfter(List<Outcome> outcomes, long after) {
        synchronized (outcomes) {
            return outcomes.stream().filter(o -> o.startNanos() > after).toList();
        }
    }

    private static void waitUntil(Duration limit, java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited " + limit.toSeconds() + " s for " + what);
            Thread.sleep(50);
        }
    }

    private static Path socket() {
        return dataDir.resolveSibling("mysqld.sock");
    }

    /** Starts mariadbd on the private data directory (again, after a kill: InnoDB recovers what was committed). */
    private static void startDatabase() throws Exception {
        Path log = dataDir.resolveSibling("mariadbd.log");
        mariadbd = new ProcessBuilder(MARIADBD.toString(), "--no-defaults", "--datadir=" + dataDir, "--port=" + dbPort,
                "--bind-address=127.0.0.1", "--socket=" + socket(), "--pid-file=" + dataDir.resolveSibling("mysqld.pid"),
                "--user=root", "--innodb-buffer-pool-size=32M", "--skip-name-resolve", "--max-connections=100")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (new ProcessBuilder("/usr/bin/mariadb-admin", "--no-defaults", "--socket=" + socket(), "ping", "--silent")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() != 0) {
            assertTrue(mariadbd.isAlive(), "mariadbd exited; see " + log);
            assertTrue(System.nanoTime() < deadline, "mariadbd did not answer within 60 s; see " + log);
            Thread.sleep(100);
        }
    }

    private static void stopDatabase() {
        Process process = mariadbd;
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code wlp/bin/server <action> <server>}, pointed at the private database through the environment. */
    private static void liberty(Duration limit, String action) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(WLP, "bin", "server").toString(), action, SERVER);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("DB_URL", "jdbc:mysql://127.0.0.1:" + dbPort + "/flowline?sslMode=DISABLED&allowPublicKeyRetrieval=true");
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " " + SERVER + " took longer than " + limit.toSeconds() + " s");
        }
    }

    private static void run(Duration limit, String... command) throws Exception {
        Path log = Files.createTempFile(dataDir.getParent(), "command", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command[0] + " took longer than " + limit.toSeconds() + " s");
        }
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ": see " + log);
    }

    /** The readiness status, or -1 while the server does not listen yet. */
    private static int readiness() {
        try {
            return status(get("/health/ready", null));
        } catch (java.io.UncheckedIOException notListening) {
            return -1;
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int status(HttpResponse<String> response) {
        return response.statusCode();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
