package vn.eqip.registry.identity;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.eqip.registry.identity.IdentityException.Reason;

/**
 * {@link IdentityProvider} on the Keycloak admin REST API, through {@code keycloak-admin-client}.
 * The user attributes {@code tenant} and {@code org_unit} are declared in the realm's user profile
 * and mapped into tokens by the {@code eqip-claims} scope (docs/adr/0003-identity-keycloak.md).
 */
@Singleton
public class KeycloakIdentityProvider implements IdentityProvider {

  private static final Logger LOG = LoggerFactory.getLogger(KeycloakIdentityProvider.class);

  private final KeycloakSettings settings;
  private Keycloak keycloak;

  public KeycloakIdentityProvider(KeycloakSettings settings) {
    this.settings = settings;
  }

  @Override
  public String createUser(NewAccount account) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(account.username());
    user.setEmail(account.email());
    user.setFirstName(account.firstName());
    user.setLastName(account.lastName());
    user.setEnabled(true);
    user.setEmailVerified(false);
    Map<String, List<String>> attributes = new HashMap<>();
    attributes.put("tenant", List.of(account.tenantId()));
    attributes.put("org_unit", List.of(account.orgUnitId()));
    user.setAttributes(attributes);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(account.temporaryPassword());
    password.setTemporary(true);
    user.setCredentials(List.of(password));
    user.setRequiredActions(List.of("UPDATE_PASSWORD"));

    String id =
        call(
            () -> {
              try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                  String body = response.readEntity(String.class);
                  boolean email = body != null && body.toLowerCase().contains("email");
                  throw new IdentityException(
                      email ? Reason.DUPLICATE_EMAIL : Reason.DUPLICATE_USERNAME, body);
                }
                if (response.getStatus() != 201) {
                  throw new IdentityException(
                      response.getStatus() >= 500 ? Reason.UNAVAILABLE : Reason.REJECTED,
                      "Keycloak: HTTP "
                          + response.getStatus()
                          + " "
                          + response.readEntity(String.class));
                }
                return CreatedResponseUtil.getCreatedId(response);
              }
            });
    try {
      call(
          () -> {
            UserResource created = realm().users().get(id);
            created.roles().realmLevel().add(List.of(role(account.role())));
            if (account.groupId() != null) {
              created.joinGroup(account.groupId());
            }
            return null;
          });
    } catch (RuntimeException e) {
      deleteQuietly(id);
      throw e;
    }
    return id;
  }

  @Override
  public void deleteUser(String userId) {
    call(
        () -> {
          try (Response response = realm().users().delete(userId)) {
            if (response.getStatus() >= 300 && response.getStatus() != 404) {
              throw new IdentityException(
                  Reason.UNAVAILABLE, "Keycloak: HTTP " + response.getStatus());
            }
          }
          return null;
        });
  }

  @Override
  public void setEnabled(String userId, boolean enabled) {
    call(
        () -> {
          UserResource user = realm().users().get(userId);
          UserRepresentation rep = user.toRepresentation();
          rep.setEnabled(enabled);
          user.update(rep);
          if (!enabled) {
            user.logout();
          }
          return null;
        });
  }

  @Override
  public void reassign(String userId, String orgUnitId, String oldRole, String newRole) {
    call(
        () -> {
          UserResource user = realm().users().get(userId);
          UserRepresentation rep = user.toRepresentation();
          Map<String, List<String>> before =
              rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
          Map<String, List<String>> after = new HashMap<>(before);
          after.put("org_unit", List.of(orgUnitId));
          rep.setAttributes(after);
          user.update(rep);
          if (!oldRole.equals(newRole)) {
            try {
              user.roles().realmLevel().add(List.of(role(newRole)));
              user.roles().realmLevel().remove(List.of(role(oldRole)));
            } catch (RuntimeException e) {
              LOG.warn("Role change of {} failed, restoring its org unit and role", userId, e);
              rep.setAttributes(before);
              user.update(rep);
              user.roles().realmLevel().remove(List.of(role(newRole)));
              user.roles().realmLevel().add(List.of(role(oldRole)));
              throw e;
            }
          }
          return null;
        });
  }

  @Override
  public String createGroup(String name, String tenantId) {
    GroupRepresentation group = new GroupRepresentation();
    group.setName(name);
    group.setAttributes(Map.of("tenant", List.of(tenantId)));
    return call(
        () -> {
          try (Response response = realm().groups().add(group)) {
            if (response.getStatus() == 409) {
              throw new IdentityException(Reason.DUPLICATE_GROUP, "group " + name + " exists");
            }
            if (response.getStatus() != 201) {
              throw new IdentityException(
                  response.getStatus() >= 500 ? Reason.UNAVAILABLE : Reason.REJECTED,
                  "Keycloak: HTTP " + response.getStatus());
            }
            return CreatedResponseUtil.getCreatedId(response);
          }
        });
  }

  @Override
  public void deleteGroup(String groupId) {
    call(
        () -> {
          try {
            realm().groups().group(groupId).remove();
          } catch (NotFoundException e) {
            // already gone
          }
          return null;
        });
  }

  private void deleteQuietly(String userId) {
    try {
      deleteUser(userId);
    } catch (RuntimeException e) {
      LOG.error("Could not delete the half-created Keycloak user {}", userId, e);
    }
  }

  private RoleRepresentation role(String name) {
    return realm().roles().get(name).toRepresentation();
  }

  private <T> T call(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IdentityException e) {
      throw e;
    } catch (NotFoundException e) {
      throw new IdentityException(Reason.NOT_FOUND, "Keycloak: not found", e);
    } catch (WebApplicationException e) {
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      throw new IdentityException(
          status >= 500 || status == 401 || status == 403 ? Reason.UNAVAILABLE : Reason.REJECTED,
          "Keycloak: HTTP " + status,
          e);
    } catch (ProcessingException e) {
      throw new IdentityException(Reason.UNAVAILABLE, "Keycloak not reachable", e);
    }
  }

  private synchronized RealmResource realm() {
    if (keycloak == null) {
      KeycloakBuilder builder =
          KeycloakBuilder.builder()
              .serverUrl(settings.getUrl())
              .resteasyClient(
                  new ResteasyClientBuilderImpl()
                      // the admin client's own mapper leaves nulls out: Keycloak refuses fields
                      // it does not know, such as a null verifiableCredentials
                      .register(JacksonProvider.class, 100)
                      .connectTimeout(5, TimeUnit.SECONDS)
                      .readTimeout(20, TimeUnit.SECONDS)
                      .connectionPoolSize(10)
                      .build());
      if (settings.usesClientCredentials()) {
        builder
            .realm(settings.getRealm())
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId(settings.getClientId())
            .clientSecret(settings.getClientSecret());
      } else {
        builder
            .realm("master")
            .grantType(OAuth2Constants.PASSWORD)
            .clientId("admin-cli")
            .username(settings.getAdminUsername())
            .password(settings.getAdminPassword());
      }
      keycloak = builder.build();
    }
    return keycloak.realm(settings.getRealm());
  }

  @PreDestroy
  synchronized void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }
}
