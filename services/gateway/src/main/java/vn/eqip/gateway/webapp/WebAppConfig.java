package vn.eqip.gateway.webapp;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the web app needs to sign users in: Keycloak's base URL as the browser reaches it, the realm
 * and the public client (authorization code + PKCE).
 */
@Serdeable
public record WebAppConfig(String keycloakUrl, String realm, String clientId, String issuer) {

  /** From the token issuer, e.g. {@code http://127.0.0.1:8180/realms/eqip}. */
  static WebAppConfig of(String issuer, String clientId) {
    String trimmed = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    int realms = trimmed.lastIndexOf("/realms/");
    if (realms < 0) {
      throw new IllegalArgumentException(
          "eqip.security.issuer must end with /realms/<realm>: " + issuer);
    }
    return new WebAppConfig(
        trimmed.substring(0, realms),
        trimmed.substring(realms + "/realms/".length()),
        clientId,
        trimmed);
  }
}
