package io.flowline.platform.pagination;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import io.flowline.platform.failure.RuleBroken;

/**
 * Cursor pagination over a time-ordered id: the cursor is the last id of the page, encoded so callers
 * treat it as opaque. Services fetch {@link #fetchSize()} rows after {@link #after()}; {@link #slice} cuts them to the page.
 * A list ordered by several ids (stock levels: item, warehouse, lot) pages by their key, the ids joined by
 * {@code /} with {@code -} for an absent one.
 */
public record PageRequest(int limit, String after) {
    /** A public id, or one derived from it with a position (an MRP run's planned orders: run, item, order). */
    private static final String ID = "[a-z]{3}_[0-9A-Z]{26}(?:-[0-9A-Z]{1,8}){0,4}";
    /** Longer than any cursor this API gives (a stock level's key is three ids); checked before the pattern. */
    private static final int MAX_CURSOR = 400;
    private static final java.util.regex.Pattern CURSOR = java.util.regex.Pattern.compile(ID + "(?:/(?:" + ID + "|-)){0,4}");

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new RuleBroken("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : decode(cursor));
    }

    /** One more row than the page holds, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    /** The rows fetched for this page, cut to the page, and the cursor of the next page: null on the last. */
    public record Slice<E>(List<E> rows, String next) {
    }

    public <E> Slice<E> slice(List<E> rows, Function<E, String> id) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        return new Slice<>(shown, more ? encode(id.apply(shown.get(shown.size() - 1))) : null);
    }

    static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            if (cursor.length() > MAX_CURSOR) {
                throw new IllegalArgumentException();
            }
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!CURSOR.matcher(id).matches()) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new RuleBroken("cursor", "is not a cursor this API returned");
        }
    }
}
