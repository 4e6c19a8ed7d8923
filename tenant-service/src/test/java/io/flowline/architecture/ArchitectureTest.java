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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The architecture as a test (DESIGN.md), checked by ArchUnit on the compiled classes of tenant-service:
 * engines are plain Java, modules depend one way and without cycles, and three habits being left
 * behind (CONVENTIONS.md) may not spread. For those three, today's offenders are listed by name below;
 * the lists may only shrink: a new offender fails the build, and so does a listed one that was cleaned
 * up but not taken off its list.
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
            Map.entry("orders", Set.of("catalog")),
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

    /** Where the EntityManager a service receives is to be joined and bound to the tenant (issue 11). */
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

    /** Resources that inject an EntityManager today (issue 11: they are to go through services). */
    private static final Set<String> RESOURCES_WITH_ENTITY_MANAGER = Set.of(
            "io.flowline.planning.rest.MasterScheduleResource",
            "io.flowline.planning.rest.PlanningRunsResource");

    @ArchTest
    static final ArchRule resourcesUseNoEntityManager = classes().that().resideInAPackage("io.flowline..rest..")
            .and(not(topLevelIn(RESOURCES_WITH_ENTITY_MANAGER)))
            .should(notDependOn(ENTITY_MANAGER))
            .because("a resource parses the request, calls a service and maps its result: move the reading or "
                    + "writing into the module's service or repository, whose transaction and tenant are set for it");

    @ArchTest
    static void resourcesWithEntityManagerOnlyShrink(JavaClasses classes) {
        assertOnlyShrinks("RESOURCES_WITH_ENTITY_MANAGER", RESOURCES_WITH_ENTITY_MANAGER,
                classes.stream().filter(resideInAPackage("io.flowline..rest..")::test)
                        .filter(c -> c.getDirectDependenciesFromSelf().stream().anyMatch(d -> targets(d, ENTITY_MANAGER)))
                        .map(ArchitectureTest::topLevelName));
    }

    /** Methods that join the JTA transaction by hand today (Class.method; a lambda counts as its enclosing method). */
    private static final Set<String> JOIN_TRANSACTION_CALLERS = Set.of(
            "io.flowline.catalog.BillOfMaterialsService.replace",
            "io.flowline.catalog.ItemService.archive",
            "io.flowline.catalog.ItemService.create",
            "io.flowline.catalog.ItemService.restore",
            "io.flowline.catalog.ItemService.update",
            "io.flowline.catalog.ProductOptionsService.replace",
            "io.flowline.catalog.RoutingService.replace",
            "io.flowline.catalog.WorkCenterService.archive",
            "io.flowline.catalog.WorkCenterService.create",
            "io.flowline.catalog.WorkCenterService.restore",
            "io.flowline.catalog.WorkCenterService.update",
            "io.flowline.imports.ImportJobs.create",
            "io.flowline.imports.ImportJobs.fail",
            "io.flowline.imports.ImportJobs.renew",
            "io.flowline.imports.ImportRunner.write",
            "io.flowline.orders.CustomerService.archive",
            "io.flowline.orders.CustomerService.create",
            "io.flowline.orders.CustomerService.update",
            "io.flowline.orders.OrderService.act",
            "io.flowline.orders.OrderService.create",
            "io.flowline.orders.OrderService.update",
            "io.flowline.planning.MasterSchedule.create",
            "io.flowline.planning.MasterSchedule.delete",
            "io.flowline.planning.MasterSchedule.replaceForecast",
            "io.flowline.planning.MasterSchedule.update",
            "io.flowline.planning.MrpRunner.save",
            "io.flowline.planning.MrpRuns.create",
            "io.flowline.planning.MrpRuns.outdate",
            "io.flowline.planning.PlannedOrderService.deleteUnreleasedBefore",
            "io.flowline.planning.PlannedOrderService.release",
            "io.flowline.platform.idempotency.IdempotencyStore.claim",
            "io.flowline.platform.idempotency.IdempotencyStore.complete",
            "io.flowline.platform.idempotency.IdempotencyStore.release",
            "io.flowline.platform.identity.ApiClientService.create",
            "io.flowline.platform.identity.ApiClientService.revoke",
            "io.flowline.platform.identity.InvitationService.accept",
            "io.flowline.platform.identity.TokenService.clientCredentials",
            "io.flowline.platform.identity.TokenService.password",
            "io.flowline.platform.identity.TokenService.refresh",
            "io.flowline.platform.identity.UserService.deactivate",
            "io.flowline.platform.identity.UserService.invite",
            "io.flowline.platform.identity.UserService.revokeSessions",
            "io.flowline.platform.identity.UserService.update",
            "io.flowline.platform.numbering.OrderNumberSequences.createCurrentIfAbsent",
            "io.flowline.platform.numbering.OrderNumberSequences.createIfAbsent",
            "io.flowline.platform.tenancy.EntityManagers.change",
            "io.flowline.platform.tenancy.SignupService.create",
            "io.flowline.platform.tenancy.SignupService.signUp",
            "io.flowline.platform.tenancy.TenantService.update",
            "io.flowline.production.WorkOrderService.cancel",
            "io.flowline.production.WorkOrderService.create",
            "io.flowline.production.WorkOrderService.release",
            "io.flowline.production.WorkOrderService.update",
            "io.flowline.purchasing.PurchaseOrderService.act",
            "io.flowline.purchasing.PurchaseOrderService.create",
            "io.flowline.purchasing.PurchaseOrderService.draftForPlannedOrder",
            "io.flowline.purchasing.PurchaseOrderService.update",
            "io.flowline.purchasing.SupplierItemService.add",
            "io.flowline.purchasing.SupplierItemService.remove",
            "io.flowline.purchasing.SupplierItemService.update",
            "io.flowline.purchasing.SupplierService.archive",
            "io.flowline.purchasing.SupplierService.create",
            "io.flowline.purchasing.SupplierService.update",
            "io.flowline.stock.LotService.create",
            "io.flowline.stock.LotService.update",
            "io.flowline.stock.StockBalanceRows.create",
            "io.flowline.stock.StockCountService.cancel",
            "io.flowline.stock.StockCountService.open",
            "io.flowline.stock.StockCountService.record",
            "io.flowline.stock.StockLedger.begin",
            "io.flowline.stock.WarehouseService.addLocation",
            "io.flowline.stock.WarehouseService.archive",
            "io.flowline.stock.WarehouseService.create",
            "io.flowline.stock.WarehouseService.update");

    @ArchTest
    static final ArchRule noNewJoinTransaction = codeUnits()
            .that().areDeclaredInClassesThat(not(resideInAPackage(PERSISTENCE)))
            .and(not(methodIn(JOIN_TRANSACTION_CALLERS)))
            .should(notCallJoinTransaction())
            .because("forgetting one call silently loses the writes. Take the EntityManager that "
                    + "io.flowline.platform.persistence joins to the transaction and binds to the tenant (issue 11, item 1); "
                    + "until that exists, name the method in JOIN_TRANSACTION_CALLERS, where a reviewer sees the list grow");

    @ArchTest
    static void joinTransactionCallersOnlyShrink(JavaClasses classes) {
        assertOnlyShrinks("JOIN_TRANSACTION_CALLERS", JOIN_TRANSACTION_CALLERS,
                classes.stream().filter(not(resideInAPackage(PERSISTENCE))::test)
                        .flatMap(c -> c.getCodeUnits().stream())
                        .filter(unit -> unit.getMethodCallsFromSelf().stream().anyMatch(ArchitectureTest::joinsTransaction))
                        .map(ArchitectureTest::methodName));
    }

    /** Classes outside the rest packages that use io.flowline.api wire records today (issue 11, item 3). */
    private static final Set<String> API_RECORDS_BELOW_REST = Set.of(
            "io.flowline.catalog.BillOfMaterialsService",
            "io.flowline.catalog.CatalogRules",
            "io.flowline.catalog.ItemService",
            "io.flowline.catalog.ProductOptionsService",
            "io.flowline.catalog.RoutingService",
            "io.flowline.catalog.WorkCenterService",
            "io.flowline.demo.DemoCompany",
            "io.flowline.demo.DemoTenant",
            "io.flowline.imports.BillOfMaterialsColumns",
            "io.flowline.imports.CustomerColumns",
            "io.flowline.imports.ImportJobs",
            "io.flowline.imports.ImportRunner",
            "io.flowline.imports.ImportRuns",
            "io.flowline.imports.ItemColumns",
            "io.flowline.imports.WorkCenterColumns",
            "io.flowline.orders.CustomerDetails",
            "io.flowline.orders.CustomerService",
            "io.flowline.orders.OrderLines",
            "io.flowline.orders.OrderService",
            "io.flowline.orders.OrderWorkflows",
            "io.flowline.planning.DeliveryPromiseService",
            "io.flowline.planning.ItemPlan",
            "io.flowline.planning.MasterSchedule",
            "io.flowline.planning.MrpRunner",
            "io.flowline.planning.PlannedOrder",
            "io.flowline.planning.PlannedOrderService",
            "io.flowline.platform.audit.Changes",
            "io.flowline.platform.identity.ApiClientService",
            "io.flowline.platform.identity.InvitationService",
            "io.flowline.platform.identity.TokenService",
            "io.flowline.platform.identity.UserService",
            "io.flowline.platform.json.StrictJsonReader",
            "io.flowline.platform.pagination.PageRequest",
            "io.flowline.platform.problem.ApiProblem",
            "io.flowline.platform.problem.ProblemMappers",
            "io.flowline.platform.problem.Problems",
            "io.flowline.platform.problem.UnauthorizedFilter",
            "io.flowline.platform.tenancy.OrderWorkflowRules",
            "io.flowline.platform.tenancy.SignupService",
            "io.flowline.platform.tenancy.TenantService",
            "io.flowline.production.WorkOrderService",
            "io.flowline.purchasing.PurchaseOrderService",
            "io.flowline.purchasing.PurchaseReceiptService",
            "io.flowline.purchasing.SupplierItemService",
            "io.flowline.purchasing.SupplierService",
            "io.flowline.stock.LotService",
            "io.flowline.stock.ReservationService",
            "io.flowline.stock.StockCountService",
            "io.flowline.stock.StockLedger",
            "io.flowline.stock.StockLocks",
            "io.flowline.stock.StockMovementService",
            "io.flowline.stock.WarehouseService");

    @ArchTest
    static final ArchRule noNewApiRecordsBelowRest = classes().that().resideOutsideOfPackage("io.flowline..rest..")
            .and(not(topLevelIn(API_RECORDS_BELOW_REST)))
            .should(notDependOnPackage("io.flowline.api."))
            .because("services take commands and values and throw domain exceptions (issue 11, item 3): let the "
                    + "module's rest package translate between those and the wire records of io.flowline.api");

    @ArchTest
    static void apiRecordsBelowRestOnlyShrink(JavaClasses classes) {
        assertOnlyShrinks("API_RECORDS_BELOW_REST", API_RECORDS_BELOW_REST,
                classes.stream().filter(resideInAPackage("io.flowline..rest..").negate()::test)
                        .filter(c -> c.getDirectDependenciesFromSelf().stream()
                                .anyMatch(d -> d.getTargetClass().getName().startsWith("io.flowline.api.")))
                        .map(ArchitectureTest::topLevelName));
    }

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

    private static boolean joinsTransaction(JavaMethodCall call) {
        return call.getName().equals("joinTransaction") && call.getTargetOwner().isAssignableTo(ENTITY_MANAGER);
    }

    private static boolean targets(Dependency dependency, String className) {
        return dependency.getTargetClass().isAssignableTo(className);
    }

    private static DescribedPredicate<JavaClass> topLevelIn(Set<String> names) {
        return DescribedPredicate.describe("listed as today's offenders", c -> names.contains(topLevelName(c)));
    }

    private static DescribedPredicate<JavaCodeUnit> methodIn(Set<String> names) {
        return DescribedPredicate.describe("listed as today's offenders", unit -> names.contains(methodName(unit)));
    }

    /** Nested and anonymous classes count as the class they are written in. */
    private static String topLevelName(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    /** Class.method, with a lambda's synthetic method (lambda$confirm$3) named after the method it is written in. */
    private static String methodName(JavaCodeUnit unit) {
        String name = unit.getName();
        if (name.startsWith("lambda$")) {
            name = name.substring("lambda$".length(), name.lastIndexOf('$'));
        }
        return topLevelName(unit.getOwner()) + "." + name;
    }

    /** Every listed offender must still offend: cleaning one up means taking it off the list, so the list only shrinks. */
    private static void assertOnlyShrinks(String list, Set<String> listed, java.util.stream.Stream<String> offenders) {
        Set<String> found = offenders.collect(Collectors.toCollection(TreeSet::new));
        Set<String> cleanedUp = new TreeSet<>(listed);
        cleanedUp.removeAll(found);
        assertEquals(Set.of(), cleanedUp, "no longer offending, so take them off " + list + " in ArchitectureTest "
                + "(the list may only shrink); offending now: " + found);
    }
}
