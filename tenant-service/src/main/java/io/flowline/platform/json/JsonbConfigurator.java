package io.flowline.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/**
 * One JSON-B configuration for the whole API and for the JSON the service stores: snake_case names, absent nulls.
 * JAX-RS is handed it by {@link io.flowline.platform.http.JsonbResolver}.
 */
public final class JsonbConfigurator {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(false));

    private JsonbConfigurator() {
    }

    public static Jsonb jsonb() {
        return JSONB;
    }
}
