package io.flowline.api.platform;

/** Names of the security scheme that protected operations refer to. */
public final class ApiSecurity {
    /** Bearer JWT from POST /api/v1/auth/token. */
    public static final String BEARER = "bearer";

    private ApiSecurity() {
    }
}
