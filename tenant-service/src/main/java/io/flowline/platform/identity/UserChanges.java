package io.flowline.platform.identity;

/** What to change of a user; a null field stays as it is. */
public record UserChanges(String role, String name) {
}
