package vn.eqip.registry.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the test Keycloak in the background as soon as the failsafe JVM starts (system property
 * {@code eqip.keycloak.prestart=true}, set in this module's pom), so that its start overlaps the
 * ITs that do not need it. Registered in META-INF/services.
 */
public class KeycloakPrestart implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("eqip.keycloak.prestart")) {
      KeycloakTestServer.prestart();
    }
  }
}
