package vn.eqip.bench;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.eqip.platform.testing.TestTokens;

/**
 * The national-scale benchmark of reporting (issue 7). One run: generate the data set in a schema
 * of its own, start reporting-service and the gateway from their fat jars on free ports (test JWKS
 * tokens, own exchange and queue), then measure and print roll-up latency against the same query as
 * plain SQL, freshness, and Excel export time and heap against a bare POI loop. Run from the
 * repository root with infra/bench/run.sh.
 */
public final class NationalBench {

  static final String ROOT_URL = "jdbc:mysql://127.0.0.1:3306/";
  static final String SCHEMA = "eqip_bench_reporting";
  static final String OPTIONS =
      "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
          + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
  static final String USER = "eqip_bench";
  static final String PASSWORD = "eqip_bench";

  private final Map<String, String> results =
      new LinkedHashMap<>() {
        @Override
        public String put(String key, String value) {
          System.out.printf("%-58s %s%n", key, value);
          System.out.flush();
          return super.put(key, value);
        }
      };
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Process> processes = new ArrayList<>();
  private final Path repo;
  private final String runId = UUID.randomUUID().toString().substring(0, 8);

  private NationalBench(Path repo) {
    this.repo = repo;
  }

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int largest = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
    // the test JWKS server and the HTTP client keep non-daemon threads: exit explicitly
    try {
      new NationalBench(Path.of("").toAbsolutePath()).run(total, largest);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private void run(int total, int largest) throws Exception {
    long started = System.nanoTime();
    try {
      runAll(total, largest);
    } finally {
      for (Process p : processes) {
        p.destroy();
      }
      for (Process p : processes) {
        p.waitFor();
      }
      deleteQueues();
    }
    System.out.println();
    System.out.println("=== EQIP reporting benchmark, " + Instant.now() + " ===");
    System.out.println(
        "machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.version"));
    results.forEach((k, v) -> System.out.printf("%-58s %s%n", k, v));
    System.out.printf("%-58s %.0f s%n", "whole run", (System.nanoTime() - started) / 1e9);
  }

  private void runAll(int total, int largest) throws Exception {
    // 1. schema, user and reporting-service (its Flyway creates the read models)
    try (Connection c = DriverManager.getConnection(ROOT_URL + OPTIONS, "root", "")) {
      try (var st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + SCHEMA);
        st.execute(
            "CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        st.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
        st.execute("GRANT ALL ON " + SCHEMA + ".* TO '" + USER + "'@'%'");
      }
    }
    TestTokens tokens = TestTokens.get();
    int reportingPort = freePort();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("MICRONAUT_SERVER_PORT", String.valueOf(reportingPort));
    env.put("EQIP_DB_URL", ROOT_URL + SCHEMA + OPTIONS);
    env.put("EQIP_DB_USER", USER);
    env.put("EQIP_DB_PASSWORD", PASSWORD);
    env.put("EQIP_EXCHANGE", "eqip.bench.events");
    env.put("EQIP_QUEUE_PREFIX", "eqip.bench." + runId);
    env.put("EQIP_JWKS_URL", tokens.jwksUrl());
    env.put("EQIP_ISSUER", TestTokens.ISSUER);
    env.put("EQIP_LOG_LEVEL", "WARN");
    Path reportingJar =
        jar("services/reporting-service/target/reporting-service-0.1.0-SNAPSHOT.jar");
    long t0 = System.nanoTime();
    start("reporting", List.of("java", "-Xmx512m", "-jar", reportingJar.toString()), env);
    String reporting = "http://127.0.0.1:" + reportingPort;
    awaitHealth(reporting);
    results.put("reporting-service start (empty schema, Flyway)", ms(t0) + " ms");

    // 2. data set
    DataSet data = new DataSet();
    t0 = System.nanoTime();
    try (Connection c =
        DriverManager.getConnection(
            ROOT_URL + SCHEMA + OPTIONS + "&rewriteBatchedStatements=true", USER, PASSWORD)) {
      data.generate(c, 34, total, largest);
      try (var st = c.createStatement()) {
        // each school's one snapshot, in force since the first year (past years' reports)
        st.execute(
            "INSERT INTO school_unit_history (tenant_id, school_id, valid_from, school_year_start,"
                + " org_unit_id, path) SELECT tenant_id, id, updated_at, "
                + DataSet.YEARS[0].substring(0, 4)
                + ", org_unit_id, path FROM school_view");
        for (String table :
            List.of(
                "org_unit_view",
                "school_view",
                "plan_view",
                "assessment_view",
                "action_view",
                "school_unit_history")) {
          st.execute("ANALYZE TABLE " + table);
        }
      }
    }
    results.put(
        "generated",
        String.format(
            "%d schools, %d tenants (largest %d), %d org units, %d plans, %d assessments, %d actions"
                + " in %.1f s",
            data.schools,
            data.tenants.size(),
            data.tenants.get(0).schools(),
            data.orgUnits,
            data.plans,
            data.assessments,
            data.actions,
            ms(t0) / 1000.0));

    // 3. gateway
    int gatewayPort = freePort();
    Map<String, String> genv = new LinkedHashMap<>();
    genv.put("MICRONAUT_SERVER_PORT", String.valueOf(gatewayPort));
    genv.put("EQIP_REPORTING_URL", reporting);
    genv.put("EQIP_JWKS_URL", tokens.jwksUrl());
    genv.put("EQIP_ISSUER", TestTokens.ISSUER);
    genv.put("EQIP_LOG_LEVEL", "WARN");
    start(
        "gateway",
        List.of(
            "java",
            "-Xmx256m",
            "-jar",
            jar("services/gateway/target/gateway-0.1.0-SNAPSHOT.jar").toString()),
        genv);
    String gateway = "http://127.0.0.1:" + gatewayPort;
    awaitHttp(gateway + "/api/reports/openapi/eqip-reporting-service-0.1.yml");

    DataSet.Tenant big = data.tenants.get(0);
    String commune = big.communeIds().get(1);
    String sql = rollupSql(reportingJar);
    String year = DataSet.CURRENT;
    String rollupLargest = "/api/reports/rollup?schoolYear=" + year;
    String rollupCommune = rollupLargest + "&orgUnitId=" + commune;

    // 4. roll-up latency: gateway, service directly, plain SQL
    try (Connection c = DriverManager.getConnection(ROOT_URL + SCHEMA + OPTIONS, USER, PASSWORD)) {
      String pattern = "/" + big.rootId() + "/%";
      String communePattern = "/" + big.rootId() + "/" + commune + "/%";
      for (var scope :
          List.of(
              new Object[] {
                "largest tenant (" + big.schools() + " schools)", rollupLargest, pattern, 20, 100
              },
              new Object[] {"commune of 30 schools", rollupCommune, communePattern, 50, 300})) {
        String label = (String) scope[0];
        String path = (String) scope[1];
        String like = (String) scope[2];
        int warm = (Integer) scope[3];
        int n = (Integer) scope[4];
        String token = tokens.token("bench.reviewer", big.id(), big.rootId(), "reviewer");
        // interleaved, one of each per round, so that load from elsewhere hits all three alike
        long[] viaGateway = new long[n];
        long[] direct = new long[n];
        long[] plain = new long[n];
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          for (int i = 0; i < warm + n; i++) {
            long g = timeHttp(gateway + path, token);
            long d = timeHttp(reporting + path, token);
            long q = timeSql(ps, year, big.id(), like);
            if (i >= warm) {
              viaGateway[i - warm] = g;
              direct[i - warm] = d;
              plain[i - warm] = q;
            }
          }
        }
        Arrays.sort(viaGateway);
        Arrays.sort(direct);
        Arrays.sort(plain);
        results.put("roll-up " + label + " via gateway p50/p99", p(viaGateway));
        results.put("roll-up " + label + " reporting direct p50/p99", p(direct));
        results.put("roll-up " + label + " plain SQL p50/p99", p(plain));
        results.put(
            "roll-up " + label + " ratio gateway/SQL (p50, p99)",
            String.format(
                "%.2f×, %.2f×",
                pct(viaGateway, 50) / pct(plain, 50), pct(viaGateway, 99) / pct(plain, 99)));
      }
    }

    // 5. freshness: event published → the commune roll-up through the gateway shows it
    results.put(
        "freshness (event published → roll-up shows it), 100 changes",
        freshness(gateway, tokens, big, commune));

    // 6. Excel through the gateway (the largest tenant)
    String token = tokens.token("bench.reviewer", big.id(), big.rootId(), "reviewer");
    long[] xlsx = timeHttp(gateway + rollupLargest + "&format=xlsx", token, 3, 10);
    results.put("roll-up Excel, largest tenant, via gateway p50/p99", p(xlsx));

    // 7. Excel writer against a bare SXSSF loop, in child JVMs with -Xmx256m
    List<String> all = data.tenants.stream().map(DataSet.Tenant::id).toList();
    for (var scope : List.of(List.of(big.id()), all)) {
      for (String heap : List.of("256m", "96m")) {
        String mode = heap.equals("256m") ? "both" : "ours";
        List<String> cmd = new ArrayList<>();
        cmd.addAll(
            List.of(
                "java",
                "-Xmx" + heap,
                "-cp",
                reportingJar + File.pathSeparator + benchClasses(),
                "vn.eqip.reporting.export.ExportBench",
                ROOT_URL + SCHEMA + OPTIONS,
                USER,
                PASSWORD,
                mode,
                year,
                "7"));
        cmd.addAll(scope);
        for (String line : runChild(cmd)) {
          String m = line.substring("RESULT mode=".length(), line.indexOf(' ', 12));
          results.put(label(m, scope, heap), line.replace("RESULT ", ""));
        }
      }
    }
  }

  private static String label(String mode, List<String> scope, String heap) {
    return "Excel writer "
        + mode
        + ", "
        + (scope.size() == 1 ? "largest tenant" : "all tenants")
        + ", -Xmx"
        + heap;
  }

  private String freshness(String gateway, TestTokens tokens, DataSet.Tenant big, String commune)
      throws Exception {
    String schoolId;
    String planId;
    try (Connection c = DriverManager.getConnection(ROOT_URL + SCHEMA + OPTIONS, USER, PASSWORD);
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT s.id, p.plan_id FROM school_view s JOIN plan_view p ON p.tenant_id ="
                    + " s.tenant_id AND p.school_id = s.id AND p.school_year = ?"
                    + " WHERE s.tenant_id = ? AND s.org_unit_id = ? ORDER BY s.name LIMIT 1")) {
      ps.setString(1, DataSet.CURRENT);
      ps.setString(2, big.id());
      ps.setString(3, commune);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        schoolId = rs.getString(1);
        planId = rs.getString(2);
      }
    }
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri("amqp://guest:guest@127.0.0.1:5672");
    long[] lags = new long[100];
    try (com.rabbitmq.client.Connection amqp = factory.newConnection();
        Channel channel = amqp.createChannel()) {
      channel.exchangeDeclare("eqip.bench.events", "topic", true);
      String url =
          gateway + "/api/reports/rollup?schoolYear=" + DataSet.CURRENT + "&orgUnitId=" + commune;
      String token = tokens.token("bench.reviewer", big.id(), big.rootId(), "reviewer");
      for (int i = 0; i < lags.length; i++) {
        String type = i % 2 == 0 ? "PlanReturned" : "PlanSubmitted";
        String status = i % 2 == 0 ? "RETURNED" : "SUBMITTED";
        byte[] body = planEvent(big.id(), planId, schoolId, type, status, 10 + i);
        long start = System.nanoTime();
        channel.basicPublish(
            "eqip.bench.events",
            "plans." + type + ".v1",
            new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(2)
                .build(),
            body);
        while (true) {
          String json = get(url, token).body();
          if (status.equals(planStatus(json, schoolId))) {
            break;
          }
          if (System.nanoTime() - start > 30_000_000_000L) {
            throw new IllegalStateException("the report never showed change " + i);
          }
          Thread.sleep(5);
        }
        lags[i] = (System.nanoTime() - start) / 1_000;
      }
    }
    Arrays.sort(lags);
    return String.format(
        "p50 %.1f ms, p99 %.1f ms, max %.1f ms (poll every 5 ms + one commune roll-up)",
        pct(lags, 50) / 1000.0, pct(lags, 99) / 1000.0, lags[lags.length - 1] / 1000.0);
  }

  private static byte[] planEvent(
      String tenant, String planId, String schoolId, String type, String status, int revision) {
    String now = Instant.now().toString();
    return ("{\"eventId\":\""
            + UUID.randomUUID()
            + "\",\"source\":\"plans\",\"type\":\""
            + type
            + "\",\"version\":1,\"tenantId\":\""
            + tenant
            + "\",\"aggregateId\":\""
            + planId
            + "\",\"occurredAt\":\""
            + now
            + "\",\"payload\":{\"planId\":\""
            + planId
            + "\",\"schoolId\":\""
            + schoolId
            + "\",\"schoolYear\":\""
            + DataSet.CURRENT
            + "\",\"status\":\""
            + status
            + "\",\"revision\":"
            + revision
            + ",\"occurredAt\":\""
            + now
            + "\",\"actor\":\"bench\""
            + (type.equals("PlanReturned") ? ",\"comment\":\"Bổ sung\"" : "")
            + "}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The planStatus of one school in a roll-up's JSON (items list schoolId first). */
  static String planStatus(String json, String schoolId) {
    int at = json.indexOf("\"schoolId\":\"" + schoolId + "\"");
    if (at < 0) {
      return null;
    }
    int s = json.indexOf("\"planStatus\":\"", at);
    if (s < 0) {
      return null;
    }
    s += "\"planStatus\":\"".length();
    return json.substring(s, json.indexOf('"', s));
  }

  private long[] timeHttp(String url, String token, int warm, int n) throws Exception {
    for (int i = 0; i < warm; i++) {
      check(get(url, token));
    }
    long[] us = new long[n];
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      check(get(url, token));
      us[i] = (System.nanoTime() - start) / 1_000;
    }
    Arrays.sort(us);
    return us;
  }

  private long timeHttp(String url, String token) throws Exception {
    long start = System.nanoTime();
    check(get(url, token));
    return (System.nanoTime() - start) / 1_000;
  }

  /** One run of the roll-up query reading every column of every row; microseconds. */
  private static long timeSql(PreparedStatement ps, String year, String tenant, String like)
      throws Exception {
    long start = System.nanoTime();
    ps.setString(1, year);
    ps.setString(2, year);
    ps.setString(3, tenant);
    ps.setString(4, like);
    int values = 0;
    try (ResultSet rs = ps.executeQuery()) {
      int count = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int k = 1; k <= count; k++) {
          if (rs.getString(k) != null) {
            values++;
          }
        }
      }
    }
    if (values == 0) {
      throw new IllegalStateException("empty roll-up");
    }
    return (System.nanoTime() - start) / 1_000;
  }

  private static void check(HttpResponse<String> r) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** RollupQuery.SQL from the service's own jar, so the plain query is exactly the service's. */
  private static String rollupSql(Path reportingJar) throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {reportingJar.toUri().toURL()}, null)) {
      var field =
          Class.forName("vn.eqip.reporting.rollup.RollupQuery", false, loader)
              .getDeclaredField("SQL");
      field.setAccessible(true);
      return (String) field.get(null);
    }
  }

  static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static String p(long[] us) {
    return String.format("%.1f ms / %.1f ms", pct(us, 50) / 1000.0, pct(us, 99) / 1000.0);
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private Path jar(String relative) {
    Path p = repo.resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException(p + " missing: run infra/bench/run.sh (it packages it)");
    }
    return p;
  }

  private static String benchClasses() throws Exception {
    return Path.of(NationalBench.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }

  private void start(String name, List<String> command, Map<String, String> env)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    Path log = repo.resolve("infra/bench/target/" + name + ".log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    processes.add(pb.start());
  }

  private List<String> runChild(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> result = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        all.append(line).append('\n');
        if (line.startsWith("RESULT ")) {
          result.add(line);
        }
      }
    }
    if (p.waitFor() != 0 || result.isEmpty()) {
      throw new IllegalStateException("export bench failed:\n" + all);
    }
    return result;
  }

  private void awaitHealth(String base) throws Exception {
    awaitHttp(base + "/health");
  }

  private void awaitHttp(String url) throws Exception {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IllegalStateException("a service exited; see infra/bench/target/*.log");
        }
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(url + " did not answer 200");
  }

  private void deleteQueues() {
    try {
      ConnectionFactory factory = new ConnectionFactory();
      factory.setUri("amqp://guest:guest@127.0.0.1:5672");
      try (com.rabbitmq.client.Connection amqp = factory.newConnection();
          Channel channel = amqp.createChannel()) {
        String queue = "eqip.bench." + runId + ".reporting";
        channel.queueDelete(queue);
        channel.queueDelete(queue + ".dlq");
      }
    } catch (Exception e) {
      System.err.println("could not delete the bench queues: " + e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
