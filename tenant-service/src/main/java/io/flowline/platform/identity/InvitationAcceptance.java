package io.flowline.platform.identity;

/** An invited person taking up the invitation: its token, the password they choose and, if they give one, their name. */
public record InvitationAcceptance(String token, String password, String name) {
}
