package vn.eqip.gateway.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Calls the gateway under test as a browser or script would, and hands back the raw answer (any
 * status, every header) so that tests assert what a client really gets. A JDK client rather than
 * Micronaut's: its timeouts are independent of the gateway's short backend timeout set in tests.
 */
public final class GatewayClient {

  /** What came back. */
  public record Reply(
      int status, java.net.http.HttpHeaders headers, String body, JsonMapper mapper) {

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public Map<String, Object> json() {
      try {
        return mapper.readValue(
            body.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class));
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }
  }

  private final URI base;
  private final JsonMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public GatewayClient(URI base, JsonMapper json) {
    this.base = base;
    this.json = json;
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20));
  }

  public Reply get(String pathAndQuery) {
    return send(request(pathAndQuery).GET());
  }

  public Reply get(String pathAndQuery, String token) {
    return send(request(pathAndQuery).header("Authorization", "Bearer " + token).GET());
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.headers(), response.body(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
