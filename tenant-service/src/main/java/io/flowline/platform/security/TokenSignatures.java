package io.flowline.platform.security;

import java.security.Key;
import java.util.Optional;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Whether a bearer token is one of ours at all: an RS256 JWS whose signature our key verifies. MP-JWT must never see a
 * token that is not: when a signature fails, it writes jose4j's exception text, the whole token in it, into its refusal
 * message (CWWKS5523E) and an FFDC incident, and no Liberty setting changes that. Its claims (expiry, issuer,
 * audience) are left to MP-JWT, whose messages about them do not quote the token.
 */
public final class TokenSignatures {
    private TokenSignatures() {
    }

    /** Empty when the signature verifies; else a fixed phrase saying why not, never quoting the token. */
    public static Optional<String> whyUnverifiable(String token) {
        return whyUnverifiable(token, SigningKeys.signingKey().getPublicKey());
    }

    static Optional<String> whyUnverifiable(String token, Key verificationKey) {
        try {
            new JwtConsumerBuilder()
                    .setSkipAllValidators()
                    .setVerificationKey(verificationKey)
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .build()
                    .process(token);
            return Optional.empty();
        } catch (InvalidJwtException e) {
            // Only error codes are read: the exception's message may quote the token.
            if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
                return Optional.of("signature does not verify");
            }
            if (e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
                return Optional.of("not signed");
            }
            return Optional.of("not an RS256 JWT"); // malformed, or another algorithm (none, HS256) that is never tried
        }
    }
}
