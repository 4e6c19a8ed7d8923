package io.flowline.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.logging.Logger;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The RSA key that signs access tokens. In production it comes from configuration
 * ({@code FLOWLINE_JWT_PRIVATE_KEY} as PKCS#8 PEM, or {@code FLOWLINE_JWT_PRIVATE_KEY_LOCATION} as a file);
 * with neither, a key is generated on first start into {@code keys/} under the server's directory and reused after.
 *
 * <p>Read straight from the environment and system properties, because MicroProfile JWT needs the public key
 * through a config source, and a config source cannot itself ask MicroProfile Config.
 */
public final class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static volatile RsaJsonWebKey key;

    private SigningKeys() {
    }

    public static RsaJsonWebKey signingKey() {
        RsaJsonWebKey current = key;
        if (current == null) {
            synchronized (SigningKeys.class) {
                if (key == null) {
                    key = load();
                }
                current = key;
            }
        }
        return current;
    }

    /** The public half as a JWK set, as served at /.well-known/jwks.json. */
    public static String publicJwks() {
        return new JsonWebKeySet(publicJwk()).toJson();
    }

    private static RsaJsonWebKey publicJwk() {
        RsaJsonWebKey full = signingKey();
        RsaJsonWebKey publicOnly = new RsaJsonWebKey((RSAPublicKey) full.getPublicKey());
        publicOnly.setKeyId(full.getKeyId());
        publicOnly.setAlgorithm(full.getAlgorithm());
        publicOnly.setUse("sig");
        return publicOnly;
    }

    private static RsaJsonWebKey load() {
        try {
            String pem = setting("flowline.jwt.private-key");
            String location = setting("flowline.jwt.private-key-location");
            if (pem == null && location != null) {
                pem = Files.readString(Path.of(location));
            }
            KeyPair pair = pem != null ? fromPem(pem) : generatedOnFirstStart(Path.of("keys", "jwt-signing-key.pem"));
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            jwk.setPrivateKey(pair.getPrivate());
            jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
            jwk.setAlgorithm("RS256");
            return jwk;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing key is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static KeyPair generatedOnFirstStart(Path file) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            return fromPem(Files.readString(file));
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(file.getParent());
        String encoded = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded());
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + encoded + "\n-----END PRIVATE KEY-----\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the directory's own permissions apply
        }
        LOG.info("Generated a token signing key at " + file.toAbsolutePath() + "; set FLOWLINE_JWT_PRIVATE_KEY in production.");
        return pair;
    }

    static KeyPair fromPem(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new KeyPair(publicKey, privateKey);
    }

    /** A setting from a system property or its environment-variable form (FLOWLINE_JWT_PRIVATE_KEY). */
    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
