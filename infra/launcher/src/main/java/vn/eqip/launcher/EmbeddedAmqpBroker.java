package vn.eqip.launcher;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.qpid.server.SystemLauncher;

/**
 * An in-JVM AMQP 0-9-1 broker (Apache Qpid Broker-J, memory store), the local run's fallback when
 * no RabbitMQ can be reached or started:
 *
 * <pre>java -cp launcher.jar vn.eqip.launcher.EmbeddedAmqpBroker --port 5672 [--work-dir DIR]
 *     [--ready-file FILE]</pre>
 *
 * <p>Listens on 127.0.0.1 only, user guest/guest, one virtual host that also answers as the default
 * ({@code /}). Messages are not kept across restarts. Tests and production use RabbitMQ.
 */
public final class EmbeddedAmqpBroker {

  private EmbeddedAmqpBroker() {}

  public static void main(String[] argv) {
    Launcher.run(
        "EmbeddedAmqpBroker",
        () -> {
          Args args = Args.parse(argv);
          int port = args.port("port", 5672);
          SystemLauncher broker = start(port, args.path("work-dir", defaultWorkDir()));
          Runtime.getRuntime()
              .addShutdownHook(
                  new Thread(
                      () -> {
                        broker.shutdown();
                        System.out.println("EmbeddedAmqpBroker stopped");
                      },
                      "embedded-amqp-shutdown"));
          Launcher.signalReady(args, "amqp://127.0.0.1:" + port);
          new CountDownLatch(1).await();
        });
  }

  /** Starts the broker; the caller stops it with {@link SystemLauncher#shutdown()}. */
  static SystemLauncher start(int port, Path workDir) throws Exception {
    Launcher.requireFreePort(port);
    Files.createDirectories(workDir);
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("type", "Memory");
    attributes.put("initialConfigurationLocation", resource("qpid/initial-config.json"));
    // must point at a real resource: without it startup fails with "unknown protocol: classpath"
    attributes.put("initialSystemPropertiesLocation", resource("qpid/system.properties"));
    attributes.put("startupLoggedToSystemOut", false);
    attributes.put(
        "context",
        Map.of(
            "qpid.amqp_port", String.valueOf(port),
            "qpid.work_dir", workDir.toString(),
            "qpid.home_dir", workDir.toString(),
            // platform-outbox declares its queue with RabbitMQ's x-dead-letter-* arguments, which
            // Qpid does not know (it would refuse the declare): accept them, without dead-lettering
            "queue.behaviourOnUnknownDeclareArgument", "LOG",
            "exchange.behaviourOnUnknownDeclareArgument", "LOG"));

    long t0 = System.nanoTime();
    SystemLauncher broker = new SystemLauncher();
    broker.startup(attributes);
    System.out.printf(
        "EmbeddedAmqpBroker ready on amqp://127.0.0.1:%d after %d ms (guest/guest, AMQP 0-9-1)%n",
        port, (System.nanoTime() - t0) / 1_000_000);
    return broker;
  }

  private static String defaultWorkDir() {
    return System.getProperty("java.io.tmpdir") + "/eqip-qpid-" + ProcessHandle.current().pid();
  }

  private static String resource(String name) {
    URL url = EmbeddedAmqpBroker.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return url.toExternalForm();
  }
}
