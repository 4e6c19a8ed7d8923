package io.flowline.platform.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Many clients send a Content-Type on every request, GETs included. A GET has no body for it to describe, so it is
 * dropped before matching instead of letting a resource's {@code @Consumes} refuse the GET with 415.
 */
@Provider
@PreMatching
public class BodilessContentTypeFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod())) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
