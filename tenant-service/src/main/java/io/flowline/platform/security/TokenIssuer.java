package io.flowline.platform.security;

import java.util.List;

import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Signs access tokens (RS256) that MicroProfile JWT verifies with the same issuer, audience and key. */
@ApplicationScoped
public class TokenIssuer {
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    @Inject
    @ConfigProperty(name = "flowline.jwt.access-token-minutes", defaultValue = "15")
    int accessTokenMinutes;

    public record AccessToken(String token, long expiresInSeconds) {
    }

    /**
     * @param actorType "user" or "api_client"; @param principal the e-mail or client id; @param tokenVersion the
     * principal's current token version, so that signing out everywhere can refuse this token later.
     */
    public AccessToken issue(String tenantId, String subjectId, String actorType, String principal, String role, long tokenVersion) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(subjectId);
        claims.setClaim("upn", principal);
        claims.setStringListClaim("groups", List.of(role));
        claims.setClaim(TenantContext.TENANT_CLAIM, tenantId);
        claims.setClaim(TenantContext.ACTOR_TYPE_CLAIM, actorType);
        claims.setClaim(TenantContext.TOKEN_VERSION_CLAIM, tokenVersion);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(accessTokenMinutes);
        claims.setGeneratedJwtId();

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(SigningKeys.signingKey().getPrivateKey());
        jws.setKeyIdHeaderValue(SigningKeys.signingKey().getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new AccessToken(jws.getCompactSerialization(), accessTokenMinutes * 60L);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }
}
