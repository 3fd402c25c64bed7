package vn.eqip.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the launcher's main classes share: failing with one clear line, port checks. */
final class Launcher {

  private Launcher() {}

  /** Runs {@code body}; on failure prints {@code name: message} to stderr and exits with 1. */
  static void run(String name, ThrowingRunnable body) {
    try {
      body.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println(name + ": " + e.getMessage());
      System.exit(1);
    } catch (Exception e) {
      System.err.println(name + ": " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /** Fails when something already listens on 127.0.0.1:{@code port}. */
  static void requireFreePort(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException("port 127.0.0.1:" + port + " is already in use");
    }
  }

  /**
   * Writes {@code --ready-file} (if given) once the server accepts work, so that a script can wait
   * for that rather than for an open port (a port opens before the server is fully set up).
   */
  static void signalReady(Args args, String line) throws IOException {
    String file = args.text("ready-file", "");
    if (!file.isEmpty()) {
      Path path = Path.of(file);
      Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
      Files.writeString(tmp, line + System.lineSeparator());
      Files.move(tmp, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
