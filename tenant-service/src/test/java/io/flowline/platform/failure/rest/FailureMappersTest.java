package io.flowline.platform.failure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.flowline.api.platform.Problem;
import io.flowline.api.platform.Problem.FieldError;
import io.flowline.platform.failure.AlreadyUsed;
import io.flowline.platform.failure.Busy;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.GrantRefused;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.NotPermitted;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.StaleVersion;
import io.flowline.platform.failure.TooLarge;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.failure.VersionRequired;

/** Each kind of failure as it goes on the wire: status, problem type, title, detail, field errors and headers. */
class FailureMappersTest {
    private static final String PATH = "/api/v1/items/itm_1";

    private static void assertProblem(FailureMappers.Answer answer, int status, String type, String title, String detail) {
        assertEquals(status, answer.status());
        Problem problem = answer.problem();
        assertEquals(status, problem.status());
        assertEquals("https://flowline.io/problems/" + type, problem.type());
        assertEquals(title, problem.title());
        assertEquals(detail, problem.detail());
        assertEquals(PATH, problem.instance());
    }

    @Test
    void notFoundIs404NamingTheObject() {
        FailureMappers.Answer answer = new FailureMappers.NotFoundMapper().answer(new NotFound("item", "itm_1"), PATH);
        assertProblem(answer, 404, "not-found", "Not found", "No item with id itm_1.");
        assertNull(answer.problem().errors());
        assertEquals(Map.of(), answer.headers());
    }

    @Test
    void notFoundByOtherThanItsIdKeepsItsOwnType() {
        FailureMappers.Answer answer = new FailureMappers.NotFoundMapper().answer(
                new NotFound("invitation-not-found", "Invitation not found", "Ask for a new one."), PATH);
        assertProblem(answer, 404, "invitation-not-found", "Invitation not found", "Ask for a new one.");
    }

    @Test
    void aBrokenRuleIs400WithOneFieldErrorPerViolationSortedByField() {
        RuleBroken broken = new RuleBroken(List.of(new Violation("quantity", "must be positive"), new Violation("item_id", "is required")));
        FailureMappers.Answer answer = new FailureMappers.RuleBrokenMapper().answer(broken, PATH);
        assertProblem(answer, 400, "validation", "Request is invalid", "2 fields are invalid");
        assertEquals(List.of(new FieldError("item_id", "is required"), new FieldError("quantity", "must be positive")),
                answer.problem().errors());
        assertEquals(Map.of(), answer.headers());
    }

    @Test
    void oneBrokenFieldIsNamedInTheDetail() {
        FailureMappers.Answer answer = new FailureMappers.RuleBrokenMapper().answer(new RuleBroken("limit", "must be between 1 and 100"), PATH);
        assertProblem(answer, 400, "validation", "Request is invalid", "limit: must be between 1 and 100");
        assertEquals(List.of(new FieldError("limit", "must be between 1 and 100")), answer.problem().errors());
    }

    @Test
    void aConflictIs409WithoutFieldErrorsUnlessItBlamesFields() {
        FailureMappers.Answer plain = new FailureMappers.ConflictMapper().answer(new Conflict("order-not-open", "Order is shipped."), PATH);
        assertProblem(plain, 409, "order-not-open", "Conflict", "Order is shipped.");
        assertNull(plain.problem().errors());

        FailureMappers.Answer shortage = new FailureMappers.ConflictMapper().answer(new Conflict("insufficient-stock", "Not enough stock",
                "Not enough available stock of M6: requested 5 pcs, available 2 pcs.", List.of(new Violation("quantity", "requested 5 pcs, available 2 pcs"))), PATH);
        assertProblem(shortage, 409, "insufficient-stock", "Not enough stock", "Not enough available stock of M6: requested 5 pcs, available 2 pcs.");
        assertEquals(List.of(new FieldError("quantity", "requested 5 pcs, available 2 pcs")), shortage.problem().errors());
        assertEquals(Map.of(), shortage.headers());
    }

    @Test
    void aValueAlreadyUsedIs409NamingItsField() {
        FailureMappers.Answer answer = new FailureMappers.AlreadyUsedMapper().answer(
                new AlreadyUsed("code", "is already used by itm_2", "Another item (itm_2) already has the code M6."), PATH);
        assertProblem(answer, 409, "already-used", "Already used", "Another item (itm_2) already has the code M6.");
        assertEquals(List.of(new FieldError("code", "is already used by itm_2")), answer.problem().errors());
    }

    @Test
    void notPermittedIs403ForbiddenUnlessItSaysWhy() {
        FailureMappers.Answer role = new FailureMappers.NotPermittedMapper().answer(new NotPermitted("Only an owner may."), PATH);
        assertProblem(role, 403, "forbidden", "Forbidden", "Only an owner may.");
        assertNull(role.problem().errors());

        FailureMappers.Answer quota = new FailureMappers.NotPermittedMapper().answer(
                new NotPermitted("quota-reached", "Plan quota reached", "The free plan allows 50 items."), PATH);
        assertProblem(quota, 403, "quota-reached", "Plan quota reached", "The free plan allows 50 items.");
        assertEquals(Map.of(), quota.headers());
    }

    @Test
    void tooLargeIs422() {
        FailureMappers.Answer answer = new FailureMappers.TooLargeMapper().answer(
                new TooLarge("explosion-too-large", "Explosion too large", "The explosion of A has more than 10000 lines."), PATH);
        assertProblem(answer, 422, "explosion-too-large", "Explosion too large", "The explosion of A has more than 10000 lines.");
        assertEquals(Map.of(), answer.headers());
    }

    @Test
    void busyIs503WithRetryAfter() {
        FailureMappers.Answer answer = new FailureMappers.BusyMapper().answer(
                new Busy("stock-busy", "Stock is busy", "Retry in a moment.", 1), PATH);
        assertProblem(answer, 503, "stock-busy", "Stock is busy", "Retry in a moment.");
        assertEquals(Map.of("Retry-After", "1"), answer.headers());
    }

    @Test
    void aStaleVersionIs412WithTheCurrentETag() {
        FailureMappers.Answer answer = new FailureMappers.StaleVersionMapper().answer(new StaleVersion(7), PATH);
        assertProblem(answer, 412, "precondition-failed", "Changed since you read it",
                "The object is at version 7 (ETag \"7\"); read it again and reapply your change.");
        assertEquals(Map.of("ETag", "\"7\""), answer.headers());
    }

    @Test
    void aMissingVersionIs428() {
        FailureMappers.Answer answer = new FailureMappers.VersionRequiredMapper().answer(new VersionRequired(), PATH);
        assertProblem(answer, 428, "precondition-required", "If-Match required",
                "Send If-Match with the ETag from your last read, so that no one else's change is overwritten.");
        assertEquals(Map.of(), answer.headers());
    }

    @Test
    void aRefusedGrantIs400WithTheOAuthErrorAndNeverCached() {
        FailureMappers.Answer answer = new FailureMappers.GrantRefusedMapper().answer(
                new GrantRefused("invalid_grant", "Wrong e-mail or password."), PATH);
        assertProblem(answer, 400, "oauth-invalid-grant", "Token request refused", "Wrong e-mail or password.");
        assertEquals("invalid_grant", answer.problem().error());
        assertEquals("Wrong e-mail or password.", answer.problem().errorDescription());
        assertNull(answer.problem().errors());
        assertEquals(Map.of("Cache-Control", "no-store"), answer.headers());
    }

    @Test
    void anUnauthenticatedClientIs401WithTheBasicChallenge() {
        FailureMappers.Answer answer = new FailureMappers.GrantRefusedMapper().answer(
                new GrantRefused("invalid_client", "Unknown client or wrong secret."), PATH);
        assertProblem(answer, 401, "oauth-invalid-client", "Token request refused", "Unknown client or wrong secret.");
        assertEquals("invalid_client", answer.problem().error());
        assertEquals(Map.of("Cache-Control", "no-store", "WWW-Authenticate", "Basic realm=\"flowline\""), answer.headers());
    }

    @Test
    void aLoginThatMustWaitIs429WithRetryAfter() {
        FailureMappers.Answer answer = new FailureMappers.GrantRefusedMapper().answer(GrantRefused.slowDown(30), PATH);
        assertProblem(answer, 429, "oauth-slow-down", "Token request refused", "Too many failed attempts; try again in 30 s.");
        assertEquals("slow_down", answer.problem().error());
        assertEquals(Map.of("Cache-Control", "no-store", "Retry-After", "30"), answer.headers());
    }

    @Test
    void theLogsSeeTheDetailWithEmailAddressesMasked() {
        NotPermitted failure = new NotPermitted("Only jane@acme.example may.");
        assertEquals("Only jane@acme.example may.", failure.detail());
        assertEquals("Only j***@acme.example may.", failure.getMessage());
    }
}
