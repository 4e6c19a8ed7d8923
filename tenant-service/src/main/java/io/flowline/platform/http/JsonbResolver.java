package io.flowline.platform.http;

import io.flowline.platform.json.JsonbConfigurator;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Gives JAX-RS the API's one JSON-B configuration, so bodies are read and written as the service stores JSON. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {
    @Override
    public Jsonb getContext(Class<?> type) {
        return JsonbConfigurator.jsonb();
    }
}
