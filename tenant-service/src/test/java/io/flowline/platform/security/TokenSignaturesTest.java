package io.flowline.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import java.security.KeyPair;
import java.security.KeyPairGenerator;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenSignaturesTest {
    private static final String ISSUER = "https://flowline.io";
    private static final String AUDIENCE = "flowline-api";
    private static KeyPair server;
    private static KeyPair other;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        server = generator.generateKeyPair();
        other = generator.generateKeyPair();
    }

    @Test
    void aTokenOurKeySignedVerifiesWhateverItsClaims() throws Exception {
        assertEquals(Optional.empty(), TokenSignatures.whyUnverifiable(sign(claims(), server), server.getPublic()));
        JwtClaims expired = claims();
        expired.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        expired.setAudience("another-api");
        assertEquals(Optional.empty(), TokenSignatures.whyUnverifiable(sign(expired, server), server.getPublic()),
                "claims are MP-JWT's to judge");
    }

    @Test
    void aSignatureOurKeyDidNotMakeDoesNotVerify() throws Exception {
        assertEquals(Optional.of("signature does not verify"), reason(sign(claims(), other)));
        String token = sign(claims(), server);
        String altered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals(Optional.of("signature does not verify"), reason(altered));
    }

    @Test
    void anythingButAnRs256JwsIsNotTried() throws Exception {
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims().toJson());
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        assertEquals(Optional.of("not an RS256 JWT"), reason(none.getCompactSerialization()));
        JsonWebSignature hs256 = new JsonWebSignature();
        hs256.setPayload(claims().toJson());
        hs256.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        hs256.setKey(new org.jose4j.keys.HmacKey("a shared secret that is long enough for hs256!!".getBytes()));
        assertEquals(Optional.of("not an RS256 JWT"), reason(hs256.getCompactSerialization()));
        assertEquals(Optional.of("not an RS256 JWT"), reason("not-a-jwt"));
    }

    private static Optional<String> reason(String token) {
        return TokenSignatures.whyUnverifiable(token, server.getPublic());
    }

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject("usr_1");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }

    private static String sign(JwtClaims claims, KeyPair key) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key.getPrivate());
        return jws.getCompactSerialization();
    }
}
