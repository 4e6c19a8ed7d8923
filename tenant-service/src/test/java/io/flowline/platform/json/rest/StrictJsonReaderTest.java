package io.flowline.platform.json.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.flowline.api.identity.InviteUserRequest;
import io.flowline.api.platform.Problem.FieldError;
import io.flowline.api.planning.StartMrpRunRequest;
import io.flowline.api.tenancy.UpdateTenantRequest;
import io.flowline.platform.problem.rest.ApiProblem;
import jakarta.validation.Validation;

/** Needs JSON-B (Yasson) and Bean Validation (Hibernate Validator) on the test classpath; the server provides them at run time. */
class StrictJsonReaderTest {
    private final StrictJsonReader reader = new StrictJsonReader();

    @BeforeEach
    void injectValidator() {
        reader.validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @SuppressWarnings("unchecked")
    private Object read(Class<?> type, String body) throws IOException {
        return reader.readFrom((Class<Object>) type, type, new Annotation[0], null, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private List<FieldError> errors(Class<?> type, String body) {
        ApiProblem.Invalid problem = assertThrows(ApiProblem.Invalid.class, () -> read(type, body));
        assertEquals(400, problem.status());
        return problem.errors();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void refusesNestingDeeperThan64LevelsNamingWhere() {
        String deep = "{\"name\": " + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertEquals(List.of(new FieldError("name" + "[0]".repeat(63), "is nested deeper than 64 levels")),
                errors(UpdateTenantRequest.class, deep));
        assertEquals("body" + "[0]".repeat(64), errors(UpdateTenantRequest.class, "[".repeat(65) + "]".repeat(65)).get(0).field());
    }

    @Test
    void acceptsNestingOf64Levels() {
        // 64 levels are read (and refused for what they hold, not for their depth)
        List<FieldError> errors = errors(UpdateTenantRequest.class, "{\"name\": " + "[".repeat(63) + "]".repeat(63) + "}");
        assertEquals(List.of("name"), fields(errors));
        assertEquals("must be a string", errors.get(0).message());
    }

    @Test
    void namesMapValuesOfTheWrongType() {
        assertEquals(List.of(new FieldError("choices.pen_colour", "must be a string")),
                errors(io.flowline.api.catalog.ResolveConfigurationRequest.class, "{\"choices\": {\"pen_colour\": 5, \"size\": \"xl\"}}"));
    }

    @Test
    void readsOnlyRecordsOfThePublicApi() {
        assertTrue(reader.isReadable(UpdateTenantRequest.class, UpdateTenantRequest.class, new Annotation[0], null));
        assertFalse(reader.isReadable(String.class, String.class, new Annotation[0], null));
        assertFalse(reader.isReadable(FieldErrorLike.class, FieldErrorLike.class, new Annotation[0], null));
    }

    record FieldErrorLike(String field) {
    }

    @Test
    void goodBodyBecomesTheRecord() throws IOException {
        Object request = read(UpdateTenantRequest.class, """
                {"name": "Acme GmbH", "locale": "de-DE", "currency": "EUR", "time_zone": "Europe/Berlin",
                 "enabled_modules": ["orders", "planning"], "order_number_format": "SO-{YYYY}-{SEQ:5}"}
                """);
        assertEquals(new UpdateTenantRequest("Acme GmbH", "de-DE", "EUR", "Europe/Berlin",
                List.of("orders", "planning"), "SO-{YYYY}-{SEQ:5}", null, null), request);
    }

    @Test
    void omittedAndNullFieldsStayNull() throws IOException {
        Object request = read(UpdateTenantRequest.class, "{\"name\": \"Acme GmbH\", \"locale\": null}");
        assertEquals(new UpdateTenantRequest("Acme GmbH", null, null, null, null, null, null, null), request);
    }

    @Test
    void blankBodyIsNull() throws IOException {
        assertNull(read(UpdateTenantRequest.class, "  "));
    }

    @Test
    void datesBeyondWhatADatabaseColumnHoldsAreRefused() {
        // ISO 8601 allows +10000-01-01; a DATE column does not, and the insert would fail with a 500
        assertEquals(List.of(new FieldError("start_date", "must be a date between the years 1000 and 9999")),
                errors(StartMrpRunRequest.class, "{\"start_date\": \"+10000-01-01\"}"));
        assertEquals(List.of(new FieldError("start_date", "must be a date between the years 1000 and 9999")),
                errors(StartMrpRunRequest.class, "{\"start_date\": \"0999-12-31\"}"));
    }

    @Test
    void unknownFieldIsNamed() {
        assertEquals(List.of(new FieldError("colour", "is not a known field")),
                errors(UpdateTenantRequest.class, "{\"name\": \"Acme GmbH\", \"colour\": \"red\"}"));
    }

    @Test
    void serverOwnedFieldsAreReadOnly() {
        assertEquals(List.of(new FieldError("id", "is read-only"), new FieldError("version", "is read-only")),
                errors(UpdateTenantRequest.class, "{\"version\": 3, \"name\": \"Acme GmbH\", \"id\": \"ten_1\"}"));
    }

    @Test
    void stringWhereAnArrayBelongsMustBeAnArray() {
        assertEquals(List.of(new FieldError("enabled_modules", "must be an array")),
                errors(UpdateTenantRequest.class, "{\"enabled_modules\": \"orders\"}"));
    }

    @Test
    void numberWhereAStringBelongsMustBeAString() {
        assertEquals(List.of(new FieldError("name", "must be a string")),
                errors(UpdateTenantRequest.class, "{\"name\": 42}"));
    }

    @Test
    void wrongArrayElementIsNamedByIndex() {
        assertEquals(List.of(new FieldError("enabled_modules[1]", "must be a string")),
                errors(UpdateTenantRequest.class, "{\"enabled_modules\": [\"orders\", 7]}"));
    }

    @Test
    void bodyThatIsNotAnObjectIsNamedBody() {
        assertEquals(List.of(new FieldError("body", "must be a JSON object")),
                errors(UpdateTenantRequest.class, "[\"orders\"]"));
    }

    @Test
    void malformedJsonIsNamedBody() {
        List<FieldError> errors = errors(UpdateTenantRequest.class, "{\"name\": \"Acme GmbH\",");
        assertEquals(List.of("body"), fields(errors));
        assertTrue(errors.get(0).message().startsWith("is not valid JSON ("), errors.get(0).message());
    }

    @Test
    void everyMistakeIsReportedInOneAnswerSortedByField() {
        List<FieldError> errors = errors(UpdateTenantRequest.class,
                "{\"name\": 42, \"colour\": \"red\", \"enabled_modules\": \"orders\", \"id\": \"ten_1\"}");
        assertEquals(List.of(new FieldError("colour", "is not a known field"),
                new FieldError("enabled_modules", "must be an array"),
                new FieldError("id", "is read-only"),
                new FieldError("name", "must be a string")), errors);
    }

    @Test
    void constraintViolationsOfKnownFieldsAreReportedWithTheStructuralErrors() {
        List<FieldError> errors = errors(InviteUserRequest.class,
                "{\"email\": \"not an address\", \"role\": \"planner\", \"team\": \"night shift\"}");
        assertEquals(List.of("email", "team"), fields(errors));
        assertEquals(new FieldError("team", "is not a known field"), errors.get(1));
        assertFalse(errors.get(0).message().isBlank());
    }

    @Test
    void missingRequiredFieldIsReportedWithTheStructuralErrors() {
        List<FieldError> errors = errors(InviteUserRequest.class, "{\"email\": \"jane@acme.example\", \"id\": \"usr_1\"}");
        assertEquals(List.of("id", "role"), fields(errors));
        assertEquals(new FieldError("id", "is read-only"), errors.get(0));
    }

    @Test
    void fieldOfTheWrongTypeIsNotAlsoValidated() {
        // "role" is @NotBlank; sent as a number it is reported once, as a type error, not also as blank.
        assertEquals(List.of(new FieldError("role", "must be a string")),
                errors(InviteUserRequest.class, "{\"email\": \"jane@acme.example\", \"role\": 5}"));
    }

    @Test
    void contentAfterTheJsonValueIsMalformedJson() {
        assertEquals(List.of("body"), fields(errors(UpdateTenantRequest.class, "{\"name\": \"Acme GmbH\"} {")));
    }

    @Test
    void aNumberBeyondItsFieldsRangeIsNamedNotWrappedAround() {
        // default_lead_time_days is an Integer; 1e12 is a whole number but no int, and JSON-B would wrap it around.
        assertEquals(List.of("default_lead_time_days"), fields(errors(io.flowline.api.inventory.CreateSupplierRequest.class,
                "{\"code\": \"S1\", \"name\": \"One\", \"default_lead_time_days\": 1000000000000}")));
    }
}
