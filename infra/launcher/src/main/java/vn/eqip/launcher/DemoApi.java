package vn.eqip.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public API as a script sees it: Keycloak tokens (client {@code eqip-cli}, password grant) and
 * JSON calls through the gateway. Answers that may only mean "not ready yet" right after a first
 * start (403/404 while the org tree is still travelling to the services by event, 5xx, connection
 * refused) are retried until the deadline.
 */
final class DemoApi {

  private static final Set<Integer> RETRIED = Set.of(403, 404, 429, 500, 502, 503, 504);
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String gateway;
  private final String keycloak;
  private final Duration patience;

  DemoApi(String gateway, String keycloak, Duration patience) {
    this.gateway = gateway.replaceAll("/+$", "");
    this.keycloak = keycloak.replaceAll("/+$", "");
    this.patience = patience;
  }

  String token(String username, String password) throws IOException, InterruptedException {
    String form =
        Map.of(
                "grant_type", "password",
                "client_id", "eqip-cli",
                "username", username,
                "password", password,
                "scope", "openid")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(keycloak + "/realms/eqip/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "no token for "
              + username
              + " from "
              + keycloak
              + " (HTTP "
              + response.statusCode()
              + "): "
              + response.body());
    }
    return json.readTree(response.body()).path("access_token").asText();
  }

  JsonNode get(String token, String path) throws IOException, InterruptedException {
    return call(token, "GET", path, null, 200);
  }

  /** A POST that creates something (201). */
  JsonNode post(String token, String path, Object body) throws IOException, InterruptedException {
    return call(token, "POST", path, json.writeValueAsString(body), 201);
  }

  /** A POST that creates something unless it exists already: true if created, false on 409. */
  boolean createIfAbsent(String token, String path, Object body)
      throws IOException, InterruptedException {
    try {
      call(token, "POST", path, json.writeValueAsString(body), 201);
      return true;
    } catch (AlreadyThere e) {
      return false;
    }
  }

  /** A 409 answer: what the call would create exists already. */
  static final class AlreadyThere extends IllegalStateException {
    AlreadyThere(String message) {
      super(message);
    }
  }

  /** A POST that acts on something (a workflow transition, a progress report): 200. */
  JsonNode act(String token, String path, Object body) throws IOException, InterruptedException {
    return call(token, "POST", path, json.writeValueAsString(body == null ? Map.of() : body), 200);
  }

  JsonNode patch(String token, String path, Object body) throws IOException, InterruptedException {
    return call(token, "PATCH", path, json.writeValueAsString(body), 200);
  }

  JsonNode put(String token, String path, Object body) throws IOException, InterruptedException {
    return call(token, "PUT", path, json.writeValueAsString(body), 200);
  }

  /** Uploads one file as the multipart part {@code file}; 201. */
  JsonNode upload(String token, String path, String filename, String contentType, byte[] content)
      throws IOException, InterruptedException {
    String boundary = "eqip-demo-" + Long.toHexString(System.nanoTime());
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(gateway + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)));
    return exchange(builder.build(), "POST", path, 201);
  }

  private JsonNode call(String token, String method, String path, String body, int expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(gateway + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      builder.GET();
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return exchange(builder.build(), method, path, expected);
  }

  private JsonNode exchange(HttpRequest request, String method, String path, int expected)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      HttpResponse<String> response;
      try {
        response = send(request);
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(method + " " + gateway + path + " failed: " + e, e);
        }
        Thread.sleep(1000);
        continue;
      }
      if (response.statusCode() == expected) {
        return json.readTree(response.body());
      }
      if (response.statusCode() == 409 && "POST".equals(method) && expected == 201) {
        throw new AlreadyThere(method + " " + path + ": " + response.body());
      }
      if (!RETRIED.contains(response.statusCode()) || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            method
                + " "
                + path
                + " answered HTTP "
                + response.statusCode()
                + " (expected "
                + expected
                + "): "
                + response.body());
      }
      Thread.sleep(1000);
    }
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
