package vn.eqip.gateway.routing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where each service lives ({@code eqip.gateway.routes.*}; application.yml maps them to {@code
 * EQIP_REGISTRY_URL}, {@code EQIP_PLANS_URL}, {@code EQIP_MONITORING_URL}, {@code
 * EQIP_REPORTING_URL}).
 */
@ConfigurationProperties("eqip.gateway.routes")
public record GatewayRoutes(
    @Bindable(defaultValue = "http://127.0.0.1:8081") String registry,
    @Bindable(defaultValue = "http://127.0.0.1:8082") String plans,
    @Bindable(defaultValue = "http://127.0.0.1:8083") String monitoring,
    @Bindable(defaultValue = "http://127.0.0.1:8084") String reporting) {}
