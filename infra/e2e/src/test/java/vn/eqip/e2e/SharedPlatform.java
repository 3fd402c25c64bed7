package vn.eqip.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the platform ({@link Platform#start()}) ONCE per test JVM, for every test class that
 * extends with it ({@code @ExtendWith(SharedPlatform.class)}), and stops it when the whole run ends
 * (JUnit closes the root store's resources last). Starting takes minutes and empties the schemas:
 * it must never happen twice in a run. A failed test anywhere prints the logs' tails at the end.
 */
final class SharedPlatform implements BeforeAllCallback, TestWatcher {

  private static final Platform PLATFORM = new Platform();
  private static volatile boolean failed;
  private static volatile Exception startFailure;

  /** The running platform (only after the extension's beforeAll). */
  static Platform platform() {
    return PLATFORM;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    // the root store outlives every class; its value is created once and closed at the very end
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(SharedPlatform.class))
        .getOrComputeIfAbsent("platform", key -> start(), Running.class);
    if (startFailure != null) {
      throw new IllegalStateException("the platform did not start (see above)", startFailure);
    }
  }

  private static Running start() {
    try {
      PLATFORM.start();
    } catch (Exception e) {
      failed = true;
      startFailure = e;
    }
    return new Running();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    failed = true;
  }

  /** Stops the platform when JUnit closes the root store. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Exception {
      if (failed) {
        PLATFORM.printLogTails(60);
      }
      PLATFORM.stop();
    }
  }
}
