package vn.eqip.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A service behind the gateway, as a plain JDK HTTP server on a random loopback port. It records
 * every request it receives (method, path and query, headers, body), answers {@code /health} with
 * UP or DOWN as the test wants, and answers anything else with a canned JSON: by default 200 naming
 * itself and the path it saw, or what the test set with {@link #answer}.
 */
public final class FakeBackend implements AutoCloseable {

  /** One request as the backend saw it; header names lower-cased. */
  public record Received(
      String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }

  private record Canned(
      int status, String contentType, String body, Duration delay, boolean chunked) {
    Canned(int status, String contentType, String body, Duration delay) {
      this(status, contentType, body, delay, false);
    }
  }

  private final String name;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Canned> canned = new ConcurrentHashMap<>();
  private volatile boolean healthy = true;

  public FakeBackend(String name) {
    this.name = name;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-" + name);
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void healthy(boolean up) {
    this.healthy = up;
  }

  /** Answers {@code method path} with this status and JSON body from now on. */
  public void answer(String method, String path, int status, String contentType, String body) {
    canned.put(method + " " + path, new Canned(status, contentType, body, Duration.ZERO));
  }

  /** Answers {@code GET path} with a chunked body (no Content-Length), as a streamed export. */
  public void answerChunked(String path, String contentType, String body) {
    canned.put("GET " + path, new Canned(200, contentType, body, Duration.ZERO, true));
  }

  /** Answers {@code GET path} only after {@code delay}. */
  public void answerSlowly(String path, Duration delay) {
    canned.put("GET " + path, new Canned(200, "application/json", "{\"slow\":true}", delay));
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Requests received other than health checks. */
  public List<Received> apiRequests() {
    return received.stream().filter(r -> !r.pathAndQuery().startsWith("/health")).toList();
  }

  public Optional<Received> last(String pathAndQuery) {
    List<Received> matching =
        received.stream().filter(r -> r.pathAndQuery().equals(pathAndQuery)).toList();
    return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String pathAndQuery =
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Map<String, List<String>> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String method = exchange.getRequestMethod();
    received.add(new Received(method, pathAndQuery, headers, body));

    Canned answer;
    if (uri.getPath().equals("/health")) {
      answer =
          healthy
              ? new Canned(
                  200,
                  "application/json",
                  "{\"name\":\"" + name + "\",\"status\":\"UP\"}",
                  Duration.ZERO)
              : new Canned(
                  503,
                  "application/json",
                  "{\"name\":\"" + name + "\",\"status\":\"DOWN\"}",
                  Duration.ZERO);
    } else {
      answer =
          canned.getOrDefault(
              method + " " + uri.getPath(),
              new Canned(
                  200,
                  "application/json",
                  "{\"backend\":\"" + name + "\",\"path\":\"" + pathAndQuery + "\"}",
                  Duration.ZERO));
    }
    if (!answer.delay().isZero()) {
      try {
        Thread.sleep(answer.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    exchange.getResponseHeaders().add("X-Backend", name);
    exchange
        .getResponseHeaders()
        .add("X-Request-Id", headers.getOrDefault("x-request-id", List.of("none")).get(0));
    exchange.sendResponseHeaders(answer.status(), answer.chunked() ? 0 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException ignored) {
      // the gateway gave up waiting (timeout test)
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
