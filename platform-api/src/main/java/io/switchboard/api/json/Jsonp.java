package io.switchboard.api.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Each {@code jakarta.json.Json.create…} call looks the provider up again
 * (a service-loader scan and, in Liberty, a failed class load), which showed up on every request's profile;
 * server code creates its builders, readers and parsers through {@link #JSON} instead.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
