package io.flowline.platform.security;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/** Hands MicroProfile JWT the public key of {@link SigningKeys}, so tokens are verified with exactly the key that signs them. */
public class JwtKeyConfigSource implements ConfigSource {
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, SigningKeys.publicJwks());
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY.equals(propertyName) ? SigningKeys.publicJwks() : null;
    }

    @Override
    public String getName() {
        return "flowline-jwt-keys";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
