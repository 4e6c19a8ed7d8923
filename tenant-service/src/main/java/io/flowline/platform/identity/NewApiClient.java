package io.flowline.platform.identity;

/** An integration to give client credentials: its name and the role it acts with (any but owner). */
public record NewApiClient(String name, String role) {
}
