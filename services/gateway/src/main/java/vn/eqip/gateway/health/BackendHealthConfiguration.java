package vn.eqip.gateway.health;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long the gateway's {@code /health} waits for each service's {@code /health} ({@code
 * eqip.gateway.health.timeout}, {@code EQIP_HEALTH_TIMEOUT}).
 */
@ConfigurationProperties("eqip.gateway.health")
public record BackendHealthConfiguration(@Bindable(defaultValue = "2s") Duration timeout) {}
