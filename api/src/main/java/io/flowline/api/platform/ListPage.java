package io.flowline.api.platform;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a collection; pass {@code next_cursor} as {@code cursor} to get the next one. */
public record ListPage<T>(
        @Schema(examples = "list") String object,
        List<T> data,
        @Schema(description = "Whether another page follows.") boolean hasMore,
        @Schema(description = "Cursor for the next page; absent on the last page.") String nextCursor) {

    public static <T> ListPage<T> of(List<T> data, String nextCursor) {
        return new ListPage<>("list", data, nextCursor != null, nextCursor);
    }
}
