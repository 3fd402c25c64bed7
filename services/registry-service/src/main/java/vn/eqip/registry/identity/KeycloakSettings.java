package vn.eqip.registry.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * How the registry reaches the Keycloak admin API ({@code eqip.keycloak.*}). With a client secret
 * it uses the confidential client's service account in the realm (client credentials); without one,
 * an admin user of the {@code master} realm (local runs only).
 */
@ConfigurationProperties("eqip.keycloak")
public class KeycloakSettings {

  private String url = "http://127.0.0.1:8180";
  private String realm = "eqip";
  private String clientId = "eqip-registry";
  @Nullable private String clientSecret;
  @Nullable private String adminUsername;
  @Nullable private String adminPassword;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getRealm() {
    return realm;
  }

  public void setRealm(String realm) {
    this.realm = realm;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  @Nullable
  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(@Nullable String clientSecret) {
    this.clientSecret = clientSecret;
  }

  @Nullable
  public String getAdminUsername() {
    return adminUsername;
  }

  public void setAdminUsername(@Nullable String adminUsername) {
    this.adminUsername = adminUsername;
  }

  @Nullable
  public String getAdminPassword() {
    return adminPassword;
  }

  public void setAdminPassword(@Nullable String adminPassword) {
    this.adminPassword = adminPassword;
  }

  boolean usesClientCredentials() {
    return clientSecret != null && !clientSecret.isBlank();
  }
}
