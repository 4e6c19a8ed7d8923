package io.flowline.platform.identity;

/** A person to invite into the caller's company with a role; language null for the company's locale. */
public record UserInvitation(String email, String name, String role, String language) {
}
