package io.flowline.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;

/** Forges tokens to prove the server refuses them; the IT server signs with the key in src/test/resources. */
final class Tokens {
    static final String ISSUER = "https://flowline.io";
    static final String AUDIENCE = "flowline-api";

    private Tokens() {
    }

    static JwtClaims claims(String tenantId, String subject, String role) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", "forged@it.example");
        claims.setStringListClaim("groups", List.of(role));
        claims.setClaim("tid", tenantId);
        claims.setClaim("act", "user");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setGeneratedJwtId();
        return claims;
    }

    static void expireSecondsAgo(JwtClaims claims, long seconds) {
        NumericDate exp = NumericDate.now();
        exp.addSeconds(-seconds);
        claims.setExpirationTime(exp);
        NumericDate iat = NumericDate.now();
        iat.addSeconds(-seconds - 600);
        claims.setIssuedAt(iat);
    }

    /** Signed like the server signs: its key, RS256, and the key id it publishes. */
    static String signWithServerKey(JwtClaims claims) throws Exception {
        java.security.interfaces.RSAPrivateCrtKey key = (java.security.interfaces.RSAPrivateCrtKey) serverKey();
        java.security.PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        String kid = new org.jose4j.jwk.RsaJsonWebKey((java.security.interfaces.RSAPublicKey) publicKey).calculateBase64urlEncodedThumbprint("SHA-256");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(kid);
        jws.setHeader("typ", "JWT");
        jws.setKey(key);
        return jws.getCompactSerialization();
    }

    static String signWithUnknownKey(JwtClaims claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return sign(claims, generator.generateKeyPair().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    static String signHs256(JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey("a shared secret that is long enough for hs256!!".getBytes()));
        return jws.getCompactSerialization();
    }

    static String unsigned(JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        return jws.getCompactSerialization();
    }

    private static String sign(JwtClaims claims, PrivateKey key, String algorithm) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setHeader("typ", "JWT");
        jws.setKey(key);
        return jws.getCompactSerialization();
    }

    private static PrivateKey serverKey() throws Exception {
        String pem = Files.readString(Path.of(System.getProperty("flowline.it.signing-key", "src/test/resources/it-signing-key.pem")));
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
