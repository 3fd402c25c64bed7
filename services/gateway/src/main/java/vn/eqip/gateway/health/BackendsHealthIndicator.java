package vn.eqip.gateway.health;

import io.micronaut.core.type.Argument;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.eqip.gateway.routing.Backend;
import vn.eqip.gateway.routing.RouteTable;

/**
 * The gateway is healthy only when every service behind it is: each service's {@code /health} is
 * called in parallel with a short timeout, and must answer 200 with status UP. The details name
 * every service with its status, so a 503 from {@code /health} says which one is missing.
 */
@Singleton
public class BackendsHealthIndicator implements HealthIndicator {

  static final String NAME = "backends";
  private static final Argument<Map<String, Object>> BODY =
      Argument.mapOf(String.class, Object.class);

  private final RouteTable routes;
  private final HttpClient client;
  private final BackendHealthConfiguration configuration;

  public BackendsHealthIndicator(
      RouteTable routes, HttpClient client, BackendHealthConfiguration configuration) {
    this.routes = routes;
    this.client = client;
    this.configuration = configuration;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    List<Backend> backends = routes.backends();
    return Flux.fromIterable(backends)
        .flatMapSequential(this::check, backends.size())
        .collectList()
        .map(BackendsHealthIndicator::aggregate);
  }

  private Mono<BackendHealth> check(Backend backend) {
    URI health = URI.create(backend.url() + "/health");
    return Mono.from(client.exchange(HttpRequest.GET(health), BODY))
        .timeout(configuration.timeout())
        .map(response -> fromResponse(backend, response))
        .onErrorResume(failure -> Mono.just(fromFailure(backend, failure)));
  }

  private static BackendHealth fromResponse(
      Backend backend, HttpResponse<Map<String, Object>> response) {
    Object status = response.getBody().map(body -> body.get("status")).orElse(null);
    boolean up = response.code() == 200 && "UP".equals(status);
    return new BackendHealth(
        backend, up, response.code(), up ? null : "status " + (status == null ? "?" : status));
  }

  private static BackendHealth fromFailure(Backend backend, Throwable failure) {
    if (failure instanceof HttpClientResponseException answered) {
      return new BackendHealth(backend, false, answered.code(), "status " + answered.getStatus());
    }
    String reason =
        failure instanceof java.util.concurrent.TimeoutException
            ? "no answer within the health timeout"
            : "unreachable (" + failure.getClass().getSimpleName() + ")";
    return new BackendHealth(backend, false, null, reason);
  }

  private static HealthResult aggregate(List<BackendHealth> results) {
    Map<String, Object> details = new LinkedHashMap<>();
    boolean allUp = true;
    for (BackendHealth result : results) {
      details.put(result.backend().name(), result.details());
      allUp &= result.up();
    }
    return HealthResult.builder(NAME, allUp ? HealthStatus.UP : HealthStatus.DOWN)
        .details(details)
        .build();
  }

  private record BackendHealth(Backend backend, boolean up, Integer httpStatus, String reason) {

    Map<String, Object> details() {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("status", up ? "UP" : "DOWN");
      if (httpStatus != null) {
        details.put("httpStatus", httpStatus);
      }
      if (reason != null) {
        details.put("reason", reason);
      }
      return details;
    }
  }
}
