package vn.eqip.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The platform's public API as a client sees it: real Keycloak tokens, JSON through the gateway.
 */
final class Api {

  static final String PASSWORD = "demo";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, String> tokens = new HashMap<>();
  private final String gateway;
  private final String keycloak;

  Api(String gateway, String keycloak) {
    this.gateway = gateway;
    this.keycloak = keycloak;
  }

  /** A response: status, content type and the body (as JSON when it is JSON). */
  record Response(int status, String contentType, String body, JsonNode json) {

    @Override
    public String toString() {
      return "HTTP " + status + " " + contentType + " " + body;
    }
  }

  /** An access token from Keycloak (client eqip-cli, password grant), cached per user. */
  String token(String username) {
    return tokens.computeIfAbsent(username, this::fetchToken);
  }

  private String fetchToken(String username) {
    String form =
        "grant_type=password&client_id=eqip-cli&scope=openid&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + PASSWORD;
    Response response =
        send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/eqip/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.status() != 200) {
      throw new IllegalStateException("no token for " + username + ": " + response);
    }
    return response.json().path("access_token").asText();
  }

  Response get(String username, String path) {
    return call("GET", path, "Bearer " + token(username), null);
  }

  Response post(String username, String path, Object body) {
    return call("POST", path, "Bearer " + token(username), body);
  }

  /** A call with any Authorization header value (null for none). */
  Response call(String method, String path, String authorization, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(gateway + path)).header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body == null && method.equals("GET")) {
      request.GET();
    } else {
      try {
        request
            .header("Content-Type", "application/json")
            .method(
                method,
                HttpRequest.BodyPublishers.ofString(
                    json.writeValueAsString(body == null ? Map.of() : body),
                    StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return send(request);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      JsonNode parsed = MissingNode.getInstance();
      if (contentType.contains("json") && !response.body().isBlank()) {
        parsed = json.readTree(response.body());
      }
      return new Response(response.statusCode(), contentType, response.body(), parsed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
