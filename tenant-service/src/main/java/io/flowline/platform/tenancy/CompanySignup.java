package io.flowline.platform.tenancy;

/** A company signing up with its owner's e-mail and password; plan null for the starter plan. */
public record CompanySignup(String company, String country, String email, String password, String plan, String language) {
}
