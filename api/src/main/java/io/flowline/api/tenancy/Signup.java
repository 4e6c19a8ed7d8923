package io.flowline.api.tenancy;

import io.flowline.api.identity.User;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The company created by a sign-up and its owner. Get a token with the owner's e-mail and password.")
public record Signup(@Schema(examples = "signup") String object, Tenant tenant, User owner) {
}
