package io.flowline.platform.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.flowline.api.platform.ListPage;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.rest.FailureMappers;
import io.flowline.platform.pagination.rest.ListPages;

class PageRequestTest {
    private static final String A = "usr_01JQ3Z6Y4M000000000000000A";
    private static final String B = "usr_01JQ3Z6Y4M000000000000000B";
    private static final String C = "usr_01JQ3Z6Y4M000000000000000C";

    private static void assertInvalid(String field, Runnable call) {
        RuleBroken problem = assertThrows(RuleBroken.class, call::run);
        assertEquals(400, new FailureMappers.RuleBrokenMapper().answer(problem, null).status());
        assertEquals(1, problem.violations().size());
        assertEquals(field, problem.violations().get(0).field());
    }

    private static ListPage<String> page(PageRequest request, List<String> rows) {
        return ListPages.page(request, rows, Function.identity(), String::toLowerCase);
    }

    @Test
    void limitDefaultsToTwenty() {
        assertEquals(PageRequest.DEFAULT_LIMIT, PageRequest.of(null, null).limit());
        assertEquals(20, PageRequest.DEFAULT_LIMIT);
    }

    @Test
    void limitsFromOneToOneHundredAreAccepted() {
        assertEquals(1, PageRequest.of(1, null).limit());
        assertEquals(100, PageRequest.of(100, null).limit());
    }

    @Test
    void limitOutsideOneToOneHundredIsInvalidNamingLimit() {
        assertInvalid("limit", () -> PageRequest.of(0, null));
        assertInvalid("limit", () -> PageRequest.of(-1, null));
        assertInvalid("limit", () -> PageRequest.of(101, null));
    }

    @Test
    void fetchSizeIsOneMoreThanTheLimit() {
        assertEquals(11, PageRequest.of(10, null).fetchSize());
    }

    @Test
    void missingOrBlankCursorStartsAtTheBeginning() {
        assertNull(PageRequest.of(10, null).after());
        assertNull(PageRequest.of(10, "").after());
        assertNull(PageRequest.of(10, "  ").after());
    }

    @Test
    void limitPlusOneRowsGiveAFullPageWithMoreAndACursorToTheLastShownRow() {
        ListPage<String> page = page(PageRequest.of(2, null), List.of(A, B, C));
        assertEquals("list", page.object());
        assertEquals(List.of(A.toLowerCase(), B.toLowerCase()), page.data());
        assertTrue(page.hasMore());
        assertNotNull(page.nextCursor());
        assertEquals(B, PageRequest.of(2, page.nextCursor()).after());
    }

    @Test
    void aLongCraftedCursorIsInvalidNotAStackOverflow() {
        String repeated = A + "-A".repeat(3_000) + "/-".repeat(3_000);
        assertInvalid("cursor", () -> PageRequest.of(10, Base64.getUrlEncoder().encodeToString(repeated.getBytes(StandardCharsets.UTF_8))));
        String tooManyParts = A + "/" + B + "/" + C + "/-".repeat(100);
        assertInvalid("cursor", () -> PageRequest.of(10, Base64.getUrlEncoder().encodeToString(tooManyParts.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aKeyOfThreeIdsAndAPlannedOrderIdAreCursors() {
        for (String key : List.of(A + "/" + B + "/-", A + "/" + B + "/" + C, "plo_01JQ3Z6Y4M000000000000000A-0001-00Z")) {
            String cursor = page(PageRequest.of(1, null), List.of(key, key)).nextCursor();
            assertEquals(key, PageRequest.of(1, cursor).after());
        }
    }

    @Test
    void cursorIsOpaqueNotTheRawId() {
        String cursor = page(PageRequest.of(1, null), List.of(A, B)).nextCursor();
        assertFalse(cursor.contains(A));
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @Test
    void exactlyLimitRowsIsTheLastPage() {
        ListPage<String> page = page(PageRequest.of(2, null), List.of(A, B));
        assertEquals(2, page.data().size());
        assertFalse(page.hasMore());
        assertNull(page.nextCursor());
    }

    @Test
    void fewerRowsThanTheLimitIsTheLastPage() {
        ListPage<String> page = page(PageRequest.of(5, null), List.of(A));
        assertEquals(List.of(A.toLowerCase()), page.data());
        assertFalse(page.hasMore());
        assertNull(page.nextCursor());
    }

    @Test
    void noRowsIsAnEmptyLastPage() {
        ListPage<String> page = page(PageRequest.of(5, null), List.of());
        assertTrue(page.data().isEmpty());
        assertFalse(page.hasMore());
        assertNull(page.nextCursor());
    }

    @Test
    void cursorThatIsNotBase64IsInvalidNamingCursor() {
        assertInvalid("cursor", () -> PageRequest.of(10, "not a cursor!"));
    }

    @Test
    void cursorEncodingSomethingOtherThanAnIdIsInvalidNamingCursor() {
        String hello = Base64.getUrlEncoder().withoutPadding().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        assertInvalid("cursor", () -> PageRequest.of(10, hello));
    }

    @Test
    void rawIdPassedAsCursorIsInvalidNamingCursor() {
        assertInvalid("cursor", () -> PageRequest.of(10, A));
    }

    @Test
    void aKeyOfSeveralIdsWithAbsentOnesPagesLikeAnId() {
        String key = A + "/" + B + "/-";
        String cursor = page(PageRequest.of(1, null), List.of(key, C)).nextCursor();
        assertEquals(key, PageRequest.of(1, cursor).after());
    }

    @Test
    void aKeyWithSomethingOtherThanIdsIsInvalidNamingCursor() {
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString((A + "/hello").getBytes(StandardCharsets.UTF_8));
        assertInvalid("cursor", () -> PageRequest.of(10, key));
    }
}
