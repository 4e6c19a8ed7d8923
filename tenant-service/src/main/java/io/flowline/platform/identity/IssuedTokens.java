package io.flowline.platform.identity;

/** What a grant issues: a bearer access token, seconds until it expires, a refresh token (null for clients) and the role. */
public record IssuedTokens(String accessToken, long expiresInSeconds, String refreshToken, String scope) {
}
