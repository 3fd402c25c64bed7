package vn.eqip.registry.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A real Keycloak 26.5.6 with the demo realm, started once per test JVM through {@code
 * infra/keycloak/keycloak.sh} with a home of its own ({@code EQIP_IT_KEYCLOAK_HOME}, default {@code
 * ~/.eqip-it/registry-service}: the unzipped and built server is kept between runs, the realm is
 * re-imported fresh every run) on two free ports, never 8180/9180; stopped when the JVM ends. It
 * also creates what the registry needs and the demo realm lacks: the confidential client {@code
 * eqip-registry} with a service account allowed to manage users and groups.
 *
 * <p>When Keycloak cannot be installed at all (no cached zip in ~/.m2 and no network) the tests are
 * skipped with that message, except on CI ({@code CI} set), where they fail.
 */
public final class KeycloakTestServer {

  public static final String VERSION = "26.5.6";
  public static final String REALM = "eqip";
  public static final String CLIENT_ID = "eqip-registry";

  private static CompletableFuture<Object> starting;

  private final String url;
  private final String adminPassword;
  private final String clientSecret = UUID.randomUUID().toString();
  private final Path script;
  private final Map<String, String> env;
  private long startMillis;
  private Keycloak admin;

  private KeycloakTestServer(
      String url, String adminPassword, Path script, Map<String, String> env) {
    this.url = url;
    this.adminPassword = adminPassword;
    this.script = script;
    this.env = env;
  }

  /**
   * Starts the server in the background (from {@link KeycloakPrestart}, when the test JVM starts),
   * so that it becomes ready while the ITs that do not need it run.
   */
  public static synchronized void prestart() {
    if (starting == null) {
      starting = new CompletableFuture<>();
      Thread thread =
          new Thread(
              () -> {
                try {
                  starting.complete(start());
                } catch (Unavailable e) {
                  starting.complete(e);
                } catch (RuntimeException | Error e) {
                  starting.completeExceptionally(e);
                }
              },
              "keycloak-it-start");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** The running server; skips (or fails on CI) the calling test if it cannot be installed. */
  public static KeycloakTestServer get() {
    prestart();
    Object started;
    try {
      started = starting.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    if (started instanceof Unavailable unavailable) {
      if (System.getenv("CI") != null) {
        fail("Keycloak is required on CI: " + unavailable.getMessage());
      }
      Assumptions.abort("SKIPPED, Keycloak cannot be installed: " + unavailable.getMessage());
    }
    return (KeycloakTestServer) started;
  }

  public String url() {
    return url;
  }

  public String clientSecret() {
    return clientSecret;
  }

  /** How long the start took (install, realm import, client set-up), for the report. */
  public long startMillis() {
    return startMillis;
  }

  /** The Micronaut properties that point the registry at this server's service account. */
  public Map<String, String> registryProperties() {
    return Map.of(
        "eqip.keycloak.url", url,
        "eqip.keycloak.realm", REALM,
        "eqip.keycloak.client-id", CLIENT_ID,
        "eqip.keycloak.client-secret", clientSecret);
  }

  /** The realm, through the master admin (for the tests' own checks and set-up). */
  public synchronized RealmResource realm() {
    if (admin == null) {
      admin =
          KeycloakBuilder.builder()
              .serverUrl(url)
              .realm("master")
              .clientId("admin-cli")
              .username("admin")
              .password(adminPassword)
              .build();
    }
    return admin.realm(REALM);
  }

  public UserRepresentation user(String username) {
    List<UserRepresentation> found = realm().users().searchByUsername(username, true);
    return found.isEmpty() ? null : found.get(0);
  }

  public List<String> realmRoles(String userId) {
    return realm().users().get(userId).roles().realmLevel().listEffective().stream()
        .map(RoleRepresentation::getName)
        .toList();
  }

  /** Sets a permanent password, so that the test can log in with the eqip-cli password grant. */
  public void setPassword(String userId, String password) {
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    realm().users().get(userId).resetPassword(credential);
    UserRepresentation user = realm().users().get(userId).toRepresentation();
    user.setRequiredActions(List.of());
    realm().users().get(userId).update(user);
  }

  /** Creates an account directly in Keycloak (not through the registry). */
  public String createDirectly(String username, String email) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEmail(email);
    user.setFirstName("Trực");
    user.setLastName("Tiếp");
    user.setEnabled(true);
    try (var response = realm().users().create(user)) {
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  /** The claims of an access token obtained with the demo realm's eqip-cli password grant. */
  public String accessTokenPayload(String username, String password) {
    String form =
        "grant_type=password&client_id=eqip-cli&scope=openid&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(url + "/realms/" + REALM + "/protocol/openid-connect/token"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(form))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "token: HTTP " + response.statusCode() + " " + response.body());
      }
      String token = response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
      return new String(
          Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static KeycloakTestServer start() {
    long t0 = System.currentTimeMillis();
    Path moduleDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path root = moduleDir.getParent().getParent();
    Path script = root.resolve("infra/keycloak/keycloak.sh");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException("infra/keycloak/keycloak.sh not found from " + moduleDir);
    }
    String homeEnv = System.getenv("EQIP_IT_KEYCLOAK_HOME");
    Path home =
        homeEnv == null || homeEnv.isBlank()
            ? Path.of(System.getProperty("user.home"), ".eqip-it", "registry-service")
            : Path.of(homeEnv);
    int port = freePort();
    int mgmtPort = freePort();
    // the bootstrap admin is created with the database, which is kept: a fixed, test-only password
    String password = "eqip-it-admin";
    Map<String, String> env =
        Map.of(
            "EQIP_HOME", home.toString(),
            "KC_PORT", Integer.toString(port),
            "KC_MGMT_PORT", Integer.toString(mgmtPort),
            "KC_ADMIN_PASSWORD", password,
            "MVN", root.resolve("mvnw").toString());
    // a Keycloak left behind by a killed test JVM would answer on other ports: stop it first
    run(script, env, 60, "stop");
    // stopped when the JVM ends, even if that happens while it is still starting
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () ->
                    System.out.println(
                        "[keycloak-it] stopped (exit " + run(script, env, 60, "stop").code + ")"),
                "keycloak-it-stop"));
    boolean installed = Files.isExecutable(home.resolve("keycloak-" + VERSION + "/bin/kc.sh"));
    Path zip =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/keycloak/keycloak-quarkus-dist",
            VERSION,
            "keycloak-quarkus-dist-" + VERSION + ".zip");
    Result install = run(script, env, 300, "install");
    if (install.code != 0) {
      if (!installed && !Files.isRegularFile(zip)) {
        throw new Unavailable(
            "no keycloak-quarkus-dist-"
                + VERSION
                + ".zip in ~/.m2 and the download failed: "
                + install.tail());
      }
      throw new IllegalStateException("keycloak.sh install failed: " + install.tail());
    }
    // the H2 database is kept between runs (keycloak.sh re-imports when realm-eqip.json changes):
    // a fresh import costs 1–2 minutes on a busy machine; tests use names of their own run
    Result started = run(script, env, 240, "start");
    if (started.code != 0) {
      throw new IllegalStateException("keycloak.sh start failed: " + started.tail());
    }
    KeycloakTestServer server =
        new KeycloakTestServer("http://127.0.0.1:" + port, password, script, env);
    try {
      server.realm().toRepresentation();
    } catch (RuntimeException e) {
      if (!unauthorized(e)) {
        throw e;
      }
      // a database from before the fixed admin password: start over with a fresh one
      server.admin.close();
      server.admin = null;
      run(script, env, 60, "reset");
      Result restarted = run(script, env, 300, "start");
      if (restarted.code != 0) {
        throw new IllegalStateException("keycloak.sh start failed: " + restarted.tail());
      }
    }
    server.createRegistryClient();
    server.startMillis = System.currentTimeMillis() - t0;
    System.out.println(
        "[keycloak-it] Keycloak "
            + VERSION
            + " ready on "
            + server.url
            + " after "
            + server.startMillis
            + " ms");
    return server;
  }

  /** The confidential client the registry uses (proposed for realm-eqip.json, see the README). */
  private void createRegistryClient() {
    RealmResource realm = realm();
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(CLIENT_ID);
    client.setName("EQIP registry-service (Keycloak admin API)");
    client.setPublicClient(false);
    client.setClientAuthenticatorType("client-secret");
    client.setSecret(clientSecret);
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setImplicitFlowEnabled(false);
    List<ClientRepresentation> existing = realm.clients().findByClientId(CLIENT_ID);
    if (existing.isEmpty()) {
      try (var response = realm.clients().create(client)) {
        if (response.getStatus() != 201) {
          throw new IllegalStateException("client eqip-registry: HTTP " + response.getStatus());
        }
      }
    } else {
      ClientRepresentation kept = existing.get(0);
      kept.setSecret(clientSecret);
      realm.clients().get(kept.getId()).update(kept);
    }
    String id = realm.clients().findByClientId(CLIENT_ID).get(0).getId();
    String serviceAccount = realm.clients().get(id).getServiceAccountUser().getId();
    String management = realm.clients().findByClientId("realm-management").get(0).getId();
    List<RoleRepresentation> roles = new ArrayList<>();
    for (String role :
        List.of("manage-users", "view-users", "query-users", "query-groups", "view-realm")) {
      roles.add(realm.clients().get(management).roles().get(role).toRepresentation());
    }
    realm.users().get(serviceAccount).roles().clientLevel(management).add(roles);
  }

  private static boolean unauthorized(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.ws.rs.NotAuthorizedException) {
        return true;
      }
    }
    return false;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Result(int code, List<String> output) {
    String tail() {
      return String.join("\n", output.subList(Math.max(0, output.size() - 15), output.size()));
    }
  }

  private static Result run(
      Path script, Map<String, String> env, int timeoutSeconds, String command) {
    try {
      ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command);
      builder.environment().putAll(env);
      builder.redirectErrorStream(true);
      Path log = Files.createTempFile("keycloak-it-" + command, ".log");
      builder.redirectOutput(log.toFile());
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(124, Files.readAllLines(log));
      }
      List<String> output = Files.readAllLines(log);
      Files.deleteIfExists(log);
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message);
    }
  }
}
