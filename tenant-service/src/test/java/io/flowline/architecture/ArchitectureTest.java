package io.flowline.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.flowline.platform.tenancy.OrderNumberFormat;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The architecture as a test (DESIGN.md), checked by ArchUnit on the compiled classes of tenant-service:
 * engines are plain Java, modules depend one way and without cycles, no resource touches an EntityManager,
 * nothing outside the persistence layer joins a transaction by hand, and a habit being left behind
 * (CONVENTIONS.md) may not spread. For that habit, today's offenders are listed by name below; the list may
 * only shrink: a new offender fails the build, and so does a listed one that was cleaned up but not taken
 * off its list.
 */
@AnalyzeClasses(packages = "io.flowline",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WithoutApiModule.class})
class ArchitectureTest {

    /**
     * The wire records of the separate api module are what the rules look for, not what they check; nor is the client
     * generated from the API description (module clients, on the test class path for GeneratedClientIT).
     */
    public static final class WithoutApiModule implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/io/flowline/api/") && !location.contains("/io/flowline/client/");
        }
    }

    /** What each module may use besides itself and the platform (DESIGN.md, "Dependencies run one way"). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("catalog", Set.of()),
            // Orders reserve, issue and take back their lines' stock through the stock ledger (issue 12); stock tells them of
            // receipts by a CDI event and never uses orders, and orders never use production (which uses both): no cycle.
            Map.entry("orders", Set.of("catalog", "stock")),
            Map.entry("stock", Set.of("catalog")),
            // Receipts post into the stock ledger and replenishment reads stock levels; stock knows nothing of purchasing.
            Map.entry("purchasing", Set.of("catalog", "stock")),
            // MRP reads work and purchase orders as supply and releases proposals into them, so planning sits above
            // production and purchasing (DESIGN.md writes the same direction down).
            Map.entry("planning", Set.of("catalog", "orders", "stock", "purchasing", "production")),
            Map.entry("production", Set.of("catalog", "orders", "stock")),
            Map.entry("quality", Set.of("orders", "stock", "catalog")),
            Map.entry("delivery", Set.of("orders", "stock", "catalog")),
            Map.entry("insights", Set.of("orders", "stock", "purchasing", "catalog", "planning", "production", "quality", "delivery")),
            Map.entry("imports", Set.of("catalog", "orders", "stock")),
            // Seeds the demo company through every module's services; nothing depends on it.
            Map.entry("demo", Set.of("catalog", "orders", "stock", "purchasing", "planning", "production", "quality", "delivery",
                    "insights", "imports")),
            Map.entry("platform", Set.of()));

    private static final String ENGINES = "io.flowline..engine..";

    /** Plain-Java platform classes an engine may use (no Jakarta, no state): the tenant's settings are validated with them. */
    private static final DescribedPredicate<JavaClass> PLAIN_PLATFORM_CLASSES = belongToAnyOf(OrderNumberFormat.class);

    private static final String ENTITY_MANAGER = "jakarta.persistence.EntityManager";

    /** Where entity managers are joined to the transaction and bound to the tenant; nowhere else calls joinTransaction. */
    private static final String PERSISTENCE = "io.flowline.platform.persistence..";

    @ArchTest
    static final ArchRule everyClassBelongsToAKnownModule = classes()
            .should().resideInAnyPackage(ALLOWED.keySet().stream().map(m -> "io.flowline." + m + "..").toArray(String[]::new))
            .because("a new module is added to ALLOWED in ArchitectureTest with the modules it may use, as DESIGN.md says");

    @ArchTest
    static final ArchRule modulesDependOneWay = classes()
            .should(dependOnlyOnAllowedModules())
            .because("dependencies run one way (DESIGN.md): where a lower module needs a higher one, the lower one "
                    + "declares a small interface and the higher one implements it as a CDI bean");

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().matching("io.flowline.(*)..").namingSlices("module $1")
            .should().beFreeOfCycles()
            .because("a cycle between modules means neither can be switched on, built or understood alone");

    @ArchTest
    static final ArchRule enginesUseNoJakartaNorPersistence = noClasses().that().resideInAPackage(ENGINES)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.eclipse..")
            .because("engines are plain Java (CONVENTIONS.md): the service around an engine loads its input and "
                    + "saves its output, so the engine runs in a unit test and a benchmark without a container");

    @ArchTest
    static final ArchRule enginesUseOnlyEngines = noClasses().that().resideInAPackage(ENGINES)
            .should().dependOnClassesThat(resideInAPackage("io.flowline..")
                    .and(not(resideInAPackage(ENGINES))).and(not(PLAIN_PLATFORM_CLASSES)))
            .because("an engine takes plain values and returns them: pass it what it needs instead of an entity, "
                    + "service or api record (a plain-Java platform class it must share goes into PLAIN_PLATFORM_CLASSES)");

    @ArchTest
    static final ArchRule resourcesUseNoEntityManager = classes().that().resideInAPackage("io.flowline..rest..")
            .should(notDependOn(ENTITY_MANAGER))
            .because("a resource parses the request, calls a service and maps its result: move the reading or "
                    + "writing into the module's service or repository, whose transaction and tenant are set for it");

    @ArchTest
    static final ArchRule noJoinTransactionOutsidePersistence = codeUnits()
            .that().areDeclaredInClassesThat(not(resideInAPackage(PERSISTENCE)))
            .should(notCallJoinTransaction())
            .because("forgetting one call silently loses the writes: the EntityManager a service injects joins the "
                    + "transaction it is used in, and io.flowline.platform.persistence.TransactionEntityManagers gives "
                    + "one for an explicit tenant (or the global tables) already joined");

    @ArchTest
    static final ArchRule noApiRecordsBelowRest = classes().that().resideOutsideOfPackage("io.flowline..rest..")
            .should(notDependOnPackage("io.flowline.api."))
            .because("services take commands and values and throw domain exceptions (issue 11, item 3): let the "
                    + "module's rest package translate between those and the wire records of io.flowline.api");

    /** Classes outside the rest packages and platform.http that use JAX-RS today (issue 11, item 3). */
    private static final Set<String> JAX_RS_BELOW_REST = Set.of(
            "io.flowline.platform.concurrency.OptimisticLocking");

    /** Where the HTTP machinery lives: resources, filters, exception mappers, the JAX-RS application. */
    private static final DescribedPredicate<JavaClass> HTTP_LAYER = resideInAnyPackage("io.flowline..rest..", "io.flowline.platform.http..");

    @ArchTest
    static final ArchRule noNewJaxRsBelowRest = classes().that(not(HTTP_LAYER)).and(not(topLevelIn(JAX_RS_BELOW_REST)))
            .should(notDependOnPackage("jakarta.ws.rs."))
            .because("the HTTP machinery (resources, filters, exception mappers, the JAX-RS application, paging parameters) "
                    + "lives in the modules' rest packages or platform.http (issue 11, item 3); below them, say it in the domain's "
                    + "words and let a mapper or resource write the HTTP");

    @ArchTest
    static void jaxRsBelowRestOnlyShrinks(JavaClasses classes) {
        assertOnlyShrinks("JAX_RS_BELOW_REST", JAX_RS_BELOW_REST, classes.stream().filter(HTTP_LAYER.negate()::test)
                .filter(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getName().startsWith("jakarta.ws.rs.")))
                .map(ArchitectureTest::topLevelName));
    }

    /**
     * A module's entities are found and queried by that module alone: no class elsewhere names one as a class object
     * ({@code em.find(Item.class, …)}, {@code createQuery(…, Item.class)}, {@code ListQuery.of(Item.class, …)}) nor ranges
     * over one in JPQL ({@code FROM Item i}, {@code JOIN Item i}). The platform's entities (the tenant, users) are shared.
     * Holding an entity read through the owner's interface as a value is not checked, and neither is JPQL that is built
     * from pieces none of which names the entity after FROM or JOIN.
     */
    @ArchTest
    static void modulesReadOtherModulesEntitiesOnlyThroughTheirInterfaces(JavaClasses classes) {
        assertEquals(Set.of(), entitiesReadAcrossModules(classes), "read another module's entities through its published interface "
                + "(catalog.ItemCatalog, catalog.Manufacturing, orders.DemandSource, or a small one the owner adds), not with find or JPQL of one's own");
    }

    @ArchTest
    static void theQueryReaderSeesQueries(JavaClasses classes) {
        assertEquals(Set.of("Item"), jpqlEntities("SELECT i FROM Item i WHERE i.id IN :ids"));
        assertEquals(Set.of("SalesOrder", "OrderLine"), jpqlEntities("SELECT l.itemId FROM SalesOrder o, OrderLine l WHERE l.orderId = o.id"));
        assertEquals(Set.of("Item", "Lot"), jpqlEntities("SELECT i FROM Item i JOIN Lot l ON l.itemId = i.id ORDER BY i.id"));
        assertEquals(Set.of("SalesOrder"), jpqlEntities("SELECT o FROM SalesOrder o JOIN o.lines l"));
        assertTrue(stringConstants(classes.get("io.flowline.catalog.ItemRepository")).stream()
                .anyMatch(s -> jpqlEntities(s).contains("Item")), "the JPQL in the compiled catalog is read");
    }

    /** Each "class -> entity" where a class outside the entity's module names it as a class object or ranges over it in JPQL. */
    private static Set<String> entitiesReadAcrossModules(JavaClasses classes) {
        Map<String, String> moduleByEntityName = new java.util.HashMap<>();
        Map<String, String> entityNameByClass = new java.util.HashMap<>();
        for (JavaClass entity : classes) {
            if (entity.isAnnotatedWith("jakarta.persistence.Entity") && !"platform".equals(module(entity.getName()))) {
                Object declared = entity.getAnnotationOfType("jakarta.persistence.Entity").get("name").orElse("");
                String name = "".equals(declared) ? entity.getSimpleName() : (String) declared;
                moduleByEntityName.put(name, module(entity.getName()));
                entityNameByClass.put(entity.getName(), name);
            }
        }
        Set<String> found = new TreeSet<>();
        for (JavaClass origin : classes) {
            String module = module(origin.getName());
            Set<String> named = new TreeSet<>();
            origin.getCodeUnits().forEach(unit -> unit.getReferencedClassObjects().stream()
                    .map(ref -> entityNameByClass.get(ref.getRawType().getName())).filter(java.util.Objects::nonNull).forEach(named::add));
            stringConstants(origin).forEach(constant -> named.addAll(jpqlEntities(constant)));
            for (String entity : named) {
                String owner = moduleByEntityName.get(entity);
                if (owner != null && !owner.equals(module)) {
                    found.add(topLevelName(origin) + " -> " + entity);
                }
            }
        }
        return found;
    }

    /** Where JPQL is written besides a module's repositories: the entity managers, and the one builder of filtered, paged lists. */
    private static final String[] QUERY_MACHINERY = {PERSISTENCE, "io.flowline.platform.pagination.."};

    /** A module's repository: one per aggregate, named for it ({@code CustomerRepository}); nested classes count as theirs. */
    private static final DescribedPredicate<JavaClass> REPOSITORIES = DescribedPredicate.describe("repositories",
            c -> topLevelName(c).endsWith("Repository"));

    @ArchTest
    static final ArchRule queriesAreCreatedInRepositories = codeUnits()
            .that().areDeclaredInClassesThat(not(REPOSITORIES).and(not(resideInAnyPackage(QUERY_MACHINERY))))
            .should(notCreateQueries())
            .because("a service says what it wants of its aggregate's repository, whose queries are named on the entity "
                    + "(Entity.purpose) or built by ListQuery (issue 11, item 2); a job for an explicit tenant passes its "
                    + "EntityManager to the repository, as it does to catalog.ItemCatalog");

    @ArchTest
    static final ArchRule nothingBelowRestUsesRest = noClasses().that(not(HTTP_LAYER))
            // OptimisticLocking's exception mapper leaves with its JAX-RS, on JAX_RS_BELOW_REST
            .and(not(topLevelIn(JAX_RS_BELOW_REST)))
            .should().dependOnClassesThat().resideInAPackage("io.flowline..rest..")
            .because("a rest package translates between the wire and its module's services (issue 11, item 3); what a service "
                    + "or an import below needs of it belongs in the domain or the platform (an import reads a row into "
                    + "catalog.NewItem itself, not through catalog.rest's translation of the API's request)");

    @ArchTest
    static final ArchRule failuresSpeakNoHttp = noClasses().that().resideInAPackage("io.flowline.platform.failure")
            .should().dependOnClassesThat().resideInAnyPackage("io.flowline.api..", "jakarta.ws.rs..")
            .because("a failure is said in the domain's words (issue 11, item 3); its status, headers and problem+json "
                    + "are written by its mapper in platform.failure.rest");

    @ArchTest
    static final ArchRule noTwoClassesShareASimpleName = classes().that().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            .should(haveASimpleNameOfTheirOwn())
            .because("a name says what a class is in the domain, so the engine's value, the JPA entity and the service "
                    + "each get their own (MrpPlannedOrder beside PlannedOrder); nested types are read with their "
                    + "enclosing class (MrpRun.Status) and may repeat");

    @ArchTest
    static void theClassesWereFound(JavaClasses classes) {
        assertTrue(classes.size() > 100, "the compiled classes were found: " + classes.size());
        assertTrue(classes.contain(OrderNumberFormat.class), "tenant-service's own classes were imported");
    }

    private static ArchCondition<JavaClass> dependOnlyOnAllowedModules() {
        return new ArchCondition<>("depend only on their own module, the platform and the modules ALLOWED lists") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String module = module(origin.getName());
                Set<String> allowed = ALLOWED.getOrDefault(module, Set.of());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = module(dependency.getTargetClass().getName());
                    if (target == null || target.equals("api") || target.equals(module) || target.equals("platform")) {
                        continue;
                    }
                    if (module.equals("platform") || !allowed.contains(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, "module " + module + " may not use module "
                                + target + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveASimpleNameOfTheirOwn() {
        return new ArchCondition<>("have a simple name no other top-level class of tenant-service has") {
            private Map<String, List<String>> namesakes = Map.of();

            @Override
            public void init(Collection<JavaClass> classes) {
                namesakes = classes.stream().collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
            }

            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                List<String> others = namesakes.getOrDefault(origin.getSimpleName(), List.of()).stream()
                        .filter(name -> !name.equals(origin.getName())).sorted().toList();
                if (!others.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(origin, origin.getName() + " shares its simple name with " + others));
                }
            }
        };
    }

    /** The module of a class in io.flowline.&lt;module&gt;..., or null for a class outside. */
    private static String module(String className) {
        String[] parts = className.split("\\.");
        return parts.length > 3 && parts[0].equals("io") && parts[1].equals("flowline") ? parts[2] : null;
    }

    private static ArchCondition<JavaClass> notDependOn(String className) {
        return new ArchCondition<>("not use " + className) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    if (targets(dependency, className)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notDependOnPackage(String prefix) {
        return new ArchCondition<>("not use classes in " + prefix + "..") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    if (dependency.getTargetClass().getName().startsWith(prefix)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaCodeUnit> notCallJoinTransaction() {
        return new ArchCondition<>("not call EntityManager.joinTransaction()") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                    if (joinsTransaction(call)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaCodeUnit> notCreateQueries() {
        return new ArchCondition<>("not create queries on an EntityManager") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                    if (createsQuery(call)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    /** createQuery, createNamedQuery, createNativeQuery and the stored-procedure ones, on any EntityManager. */
    private static boolean createsQuery(JavaMethodCall call) {
        return call.getName().startsWith("create") && call.getName().endsWith("Query") && call.getTargetOwner().isAssignableTo(ENTITY_MANAGER);
    }

    private static boolean joinsTransaction(JavaMethodCall call) {
        return call.getName().equals("joinTransaction") && call.getTargetOwner().isAssignableTo(ENTITY_MANAGER);
    }

    private static boolean targets(Dependency dependency, String className) {
        return dependency.getTargetClass().isAssignableTo(className);
    }

    private static DescribedPredicate<JavaClass> topLevelIn(Set<String> names) {
        return DescribedPredicate.describe("listed as today's offenders", c -> names.contains(topLevelName(c)));
    }

    /** Nested and anonymous classes count as the class they are written in. */
    private static String topLevelName(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    /** Every listed offender must still offend: cleaning one up means taking it off the list, so the list only shrinks. */
    private static void assertOnlyShrinks(String list, Set<String> listed, java.util.stream.Stream<String> offenders) {
        Set<String> found = offenders.collect(Collectors.toCollection(TreeSet::new));
        Set<String> cleanedUp = new TreeSet<>(listed);
        cleanedUp.removeAll(found);
        assertEquals(Set.of(), cleanedUp, "no longer offending, so take them off " + list + " in ArchitectureTest "
                + "(the list may only shrink); offending now: " + found);
    }

    /** The string literals in a class's constant pool (JPQL among them; javac keeps a concatenation's pieces there too). */
    private static List<String> stringConstants(JavaClass javaClass) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(javaClass.getSource().orElseThrow().getUri().toURL().openStream()))) {
            in.skipBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // a long or double takes two entries
                    }
                    default -> throw new IllegalStateException("constant pool tag " + tag + " in " + javaClass.getName());
                }
            }
            return strings.stream().map(index -> utf8[index]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern FROM_CLAUSE = Pattern.compile("\\bFROM\\s+(.+?)(?=\\bWHERE\\b|\\bORDER\\b|\\bGROUP\\b|\\)|$)");
    private static final Pattern RANGE = Pattern.compile("^\\s*(?:JOIN\\s+)?+(?!JOIN\\b)([A-Z]\\w*)\\s+[a-z]\\w*");

    /** The entity names a piece of JPQL ranges over ({@code FROM A a, B b}); a path join ({@code JOIN a.lines l}) names none. */
    private static Set<String> jpqlEntities(String jpql) {
        Set<String> entities = new TreeSet<>();
        Matcher from = FROM_CLAUSE.matcher(jpql);
        while (from.find()) {
            for (String range : from.group(1).split(",|(?=\\bJOIN\\b)")) {
                Matcher entity = RANGE.matcher(range);
                if (entity.find()) {
                    entities.add(entity.group(1));
                }
            }
        }
        return entities;
    }
}
