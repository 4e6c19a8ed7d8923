package io.flowline.platform.pagination.rest;

import java.util.List;
import java.util.function.Function;

import io.flowline.api.platform.ListPage;
import io.flowline.platform.pagination.PageRequest;

/** A page of rows as the API lists them: {@code {object: "list", data, has_more, next_cursor}}. */
public final class ListPages {

    private ListPages() {
    }

    /** The rows a service fetched for {@code request} ({@link PageRequest#fetchSize()} at most), each mapped to its api record. */
    public static <E, T> ListPage<T> page(PageRequest request, List<E> rows, Function<E, String> id, Function<E, T> toApi) {
        PageRequest.Slice<E> slice = request.slice(rows, id);
        return ListPage.of(slice.rows().stream().map(toApi).toList(), slice.next());
    }
}
