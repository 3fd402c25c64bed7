package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import vn.eqip.platform.testing.Db;
import vn.eqip.platform.testing.DemoOrgTree;
import vn.eqip.platform.testing.IntegrationTestSupport;
import vn.eqip.registry.testing.KeycloakTestServer;

/**
 * A dept-admin's accounts against the real Keycloak (KeycloakTestServer) and the real database:
 * created, listed, deactivated, reactivated and reassigned in both; each failure direction leaves
 * both unchanged; no dept-admin reaches another tenant or grants an admin role.
 */
@MicronautTest(transactional = false)
class UsersIT extends IntegrationTestSupport {

  static final String USERS = "/api/registry/users";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcOperations jdbc;
  @Inject TransactionOperations<Connection> tx;
  @Inject JsonMapper json;

  KeycloakTestServer keycloak;
  Db db;

  @Override
  protected String serviceName() {
    return "registry_users";
  }

  @Override
  protected Map<String, String> extraProperties() {
    Map<String, String> props = new HashMap<>(KeycloakTestServer.get().registryProperties());
    props.put("eqip.demo.enabled", "true");
    return props;
  }

  @BeforeAll
  void setUp() {
    keycloak = KeycloakTestServer.get();
    db = new Db(jdbc, tx);
  }

  String admin() {
    return tokens.token(
        "admin.dienbien", DemoOrgTree.DIENBIEN, DemoOrgTree.DIENBIEN_ROOT, "dept-admin");
  }

  String adminHcm() {
    return tokens.token("admin.hcm", DemoOrgTree.HCM, DemoOrgTree.HCM_ROOT, "dept-admin");
  }

  /**
   * A username of this run: the test Keycloak keeps its database between runs (a fresh realm import
   * costs a minute or two on a busy machine), so every run has names of its own.
   */
  static String u(String name) {
    return name + "." + RUN_ID;
  }

  static Map<String, Object> person(String username, String role, String orgUnitId) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("email", username + "@dienbien.edu.vn");
    body.put("firstName", "Văn An");
    body.put("lastName", "Lò");
    body.put("role", role);
    body.put("orgUnitId", orgUnitId);
    return body;
  }

  Map<String, Object> create(Map<String, Object> body) {
    HttpResponse<Map> created =
        http.toBlocking().exchange(HttpRequest.POST(USERS, body).bearerAuth(admin()), Map.class);
    assertEquals(HttpStatus.CREATED, created.getStatus());
    return created.body();
  }

  HttpClientResponseException refused(MutableHttpRequest<?> request) {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> http.toBlocking().exchange(request, Map.class));
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    return e;
  }

  static Map<?, ?> problem(HttpClientResponseException e) {
    return e.getResponse().getBody(Map.class).orElseThrow();
  }

  long rows(String username) {
    return db.count("SELECT COUNT(*) FROM app_user WHERE username = ?", username);
  }

  long events(String type, String userId) {
    return db.count(
        "SELECT COUNT(*) FROM outbox_event WHERE event_type = ? AND aggregate_id = ?",
        type,
        userId);
  }

  /** The payload of the user's latest event of this type in the outbox. */
  Map<?, ?> payload(String type, String userId) {
    try {
      return json.readValue(
          db.string(
              "SELECT payload FROM outbox_event WHERE event_type = ? AND aggregate_id = ?"
                  + " ORDER BY id DESC LIMIT 1",
              type,
              userId),
          Map.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  long eventsOfType(String type) {
    return db.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = ?", type);
  }

  @Test
  void a_reviewer_is_created_in_keycloak_with_the_claims_of_the_demo_users_and_in_the_registry()
      throws Exception {
    Map<String, Object> created =
        create(person(u("reviewer.thanhxuong2"), "reviewer", DemoOrgTree.THANH_XUONG_OFFICE));

    String id = (String) created.get("id");
    assertEquals(u("reviewer.thanhxuong2"), created.get("username"));
    assertEquals(true, created.get("active"));
    String password = (String) created.get("temporaryPassword");
    assertNotNull(password);
    assertTrue(password.length() >= 12);

    UserRepresentation account = keycloak.realm().users().get(id).toRepresentation();
    assertEquals(u("reviewer.thanhxuong2"), account.getUsername());
    assertTrue(account.isEnabled());
    assertEquals(List.of("dienbien"), account.getAttributes().get("tenant"));
    assertEquals(List.of(DemoOrgTree.THANH_XUONG_OFFICE), account.getAttributes().get("org_unit"));
    assertTrue(account.getRequiredActions().contains("UPDATE_PASSWORD"));
    assertTrue(keycloak.realmRoles(id).contains("reviewer"));
    assertFalse(keycloak.realmRoles(id).contains("dept-admin"));

    // the registry's copy and its event
    assertEquals(1, rows(u("reviewer.thanhxuong2")));
    assertEquals("dienbien", db.string("SELECT tenant_id FROM app_user WHERE id = ?", id));
    assertEquals(1, events("UserCreated", id));
    Map<?, ?> payload =
        json.readValue(
            db.string(
                "SELECT payload FROM outbox_event WHERE event_type = 'UserCreated'"
                    + " AND aggregate_id = ?",
                id),
            Map.class);
    assertEquals("reviewer", payload.get("role"));
    assertEquals(DemoOrgTree.THANH_XUONG_OFFICE, payload.get("orgUnitId"));
    assertEquals(true, payload.get("active"));
    // the address reviewers' reminders go to (ADR 0021)
    assertEquals(u("reviewer.thanhxuong2") + "@dienbien.edu.vn", payload.get("email"));

    // the person logs in and the token carries tenant, org_unit and roles like the demo users'
    keycloak.setPassword(id, "Mat-khau-123");
    Map<?, ?> claims =
        json.readValue(
            keycloak.accessTokenPayload(u("reviewer.thanhxuong2"), "Mat-khau-123"), Map.class);
    assertEquals("dienbien", claims.get("tenant"));
    assertEquals(DemoOrgTree.THANH_XUONG_OFFICE, claims.get("org_unit"));
    assertTrue(((List<?>) claims.get("roles")).contains("reviewer"));
    assertTrue(String.valueOf(claims.get("aud")).contains("eqip-api"));
  }

  @Test
  void principals_and_staff_belong_to_a_school_and_reviewers_to_an_office() {
    Map<String, Object> principal =
        create(person(u("principal.hemuong2"), "principal", DemoOrgTree.HE_MUONG));
    Map<String, Object> staff = create(person(u("staff.hemuong2"), "staff", DemoOrgTree.HE_MUONG));
    assertTrue(keycloak.realmRoles((String) principal.get("id")).contains("principal"));
    assertTrue(keycloak.realmRoles((String) staff.get("id")).contains("staff"));

    HttpClientResponseException reviewerAtSchool =
        refused(
            HttpRequest.POST(
                    USERS, person(u("reviewer.atschool"), "reviewer", DemoOrgTree.HE_MUONG))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, reviewerAtSchool.getStatus());
    assertEquals(
        "orgUnitId",
        ((Map<?, ?>) ((List<?>) problem(reviewerAtSchool).get("errors")).get(0)).get("field"));
    HttpClientResponseException principalAtOffice =
        refused(
            HttpRequest.POST(
                    USERS,
                    person(u("principal.atoffice"), "principal", DemoOrgTree.THANH_XUONG_OFFICE))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, principalAtOffice.getStatus());
    assertNull(keycloak.user(u("reviewer.atschool")));
    assertNull(keycloak.user(u("principal.atoffice")));
  }

  @Test
  void every_missing_or_wrong_field_is_listed_and_nothing_is_created() {
    Map<String, Object> body = new HashMap<>();
    body.put("username", "A b");
    body.put("email", "not-an-email");
    body.put("role", "teacher");
    HttpClientResponseException e = refused(HttpRequest.POST(USERS, body).bearerAuth(admin()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    Map<?, ?> problem = problem(e);
    assertEquals("Thông tin người dùng chưa hợp lệ.", problem.get("detail"));
    List<Object> fields =
        ((List<?>) problem.get("errors"))
            .stream().map(x -> (Object) ((Map<?, ?>) x).get("field")).toList();
    assertEquals(
        List.of("username", "email", "firstName", "lastName", "role", "orgUnitId"), fields);
    assertEquals(0, db.count("SELECT COUNT(*) FROM app_user WHERE username = 'a b'"));
  }

  @Test
  void a_dept_admin_never_grants_an_admin_role_nor_creates_in_another_tenant() {
    long before = db.count("SELECT COUNT(*) FROM app_user");

    HttpClientResponseException platform =
        refused(
            HttpRequest.POST(
                    USERS,
                    person(u("sneaky.platform"), "platform-admin", DemoOrgTree.DIENBIEN_ROOT))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.FORBIDDEN, platform.getStatus());
    assertTrue(((String) problem(platform).get("detail")).contains("không được cấp vai trò"));
    assertTrue(((String) problem(platform).get("title")).startsWith("Không có quyền"));

    HttpClientResponseException deptAdmin =
        refused(
            HttpRequest.POST(
                    USERS, person(u("sneaky.admin"), "dept-admin", DemoOrgTree.DIENBIEN_ROOT))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.FORBIDDEN, deptAdmin.getStatus());

    Map<String, Object> otherTenant =
        person(u("sneaky.tenant"), "reviewer", DemoOrgTree.THANH_XUONG_OFFICE);
    otherTenant.put("tenant", "hcm");
    HttpClientResponseException tenant =
        refused(HttpRequest.POST(USERS, otherTenant).bearerAuth(admin()));
    assertEquals(HttpStatus.FORBIDDEN, tenant.getStatus());
    assertTrue(((String) problem(tenant).get("detail")).contains("Sở \"hcm\""));

    HttpClientResponseException otherUnit =
        refused(
            HttpRequest.POST(USERS, person(u("sneaky.unit"), "reviewer", DemoOrgTree.QUAN10_OFFICE))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, otherUnit.getStatus());
    assertTrue(
        ((String) ((Map<?, ?>) ((List<?>) problem(otherUnit).get("errors")).get(0)).get("message"))
            .contains("không thuộc phạm vi quản lý"));

    HttpClientResponseException reviewer =
        refused(
            HttpRequest.POST(
                    USERS, person(u("sneaky.reviewer"), "reviewer", DemoOrgTree.THANH_XUONG_OFFICE))
                .bearerAuth(
                    tokens.token(
                        "reviewer.dienbien",
                        DemoOrgTree.DIENBIEN,
                        DemoOrgTree.DIENBIEN_ROOT,
                        "reviewer")));
    assertEquals(HttpStatus.FORBIDDEN, reviewer.getStatus());

    assertEquals(before, db.count("SELECT COUNT(*) FROM app_user"));
    for (String name :
        List.of(
            u("sneaky.platform"),
            u("sneaky.admin"),
            u("sneaky.tenant"),
            u("sneaky.unit"),
            u("sneaky.reviewer"))) {
      assertNull(keycloak.user(name), name);
    }
  }

  @Test
  void duplicates_are_409_whether_the_registry_or_only_keycloak_knows_the_name() {
    create(person(u("staff.duplicate"), "staff", DemoOrgTree.THANH_XUONG));
    long created = eventsOfType("UserCreated");

    HttpClientResponseException again =
        refused(
            HttpRequest.POST(USERS, person(u("staff.duplicate"), "staff", DemoOrgTree.THANH_XUONG))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.CONFLICT, again.getStatus());
    assertTrue(problem(again).get("type").toString().endsWith("duplicate-username"));
    assertTrue(
        ((String) problem(again).get("detail"))
            .contains("\"" + u("staff.duplicate") + "\" đã được dùng"));

    Map<String, Object> sameEmail = person(u("staff.duplicate2"), "staff", DemoOrgTree.THANH_XUONG);
    sameEmail.put("email", u("STAFF.duplicate") + "@dienbien.edu.vn");
    HttpClientResponseException email =
        refused(HttpRequest.POST(USERS, sameEmail).bearerAuth(admin()));
    assertEquals(HttpStatus.CONFLICT, email.getStatus());
    assertTrue(problem(email).get("type").toString().endsWith("duplicate-email"));

    // Keycloak refuses (a demo account the registry does not hold): the registry stays unchanged
    HttpClientResponseException keycloakOnly =
        refused(
            HttpRequest.POST(USERS, person("principal.hemuong", "principal", DemoOrgTree.HE_MUONG))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.CONFLICT, keycloakOnly.getStatus());
    assertTrue(problem(keycloakOnly).get("type").toString().endsWith("duplicate-username"));
    assertEquals(0, rows("principal.hemuong"));

    Map<String, Object> demoEmail = person(u("staff.newname"), "staff", DemoOrgTree.HE_MUONG);
    demoEmail.put("email", "admin.dienbien@demo.eqip.vn");
    HttpClientResponseException keycloakEmail =
        refused(HttpRequest.POST(USERS, demoEmail).bearerAuth(admin()));
    assertEquals(HttpStatus.CONFLICT, keycloakEmail.getStatus());
    assertTrue(problem(keycloakEmail).get("type").toString().endsWith("duplicate-email"));
    assertEquals(0, rows(u("staff.newname")));
    assertNull(keycloak.user(u("staff.newname")));
    assertEquals(created, eventsOfType("UserCreated"));
  }

  @Test
  void a_registry_failure_after_keycloak_created_the_account_deletes_it_again() {
    db.update("DROP TRIGGER IF EXISTS fail_user_insert");
    db.update(
        "CREATE TRIGGER fail_user_insert BEFORE INSERT ON app_user FOR EACH ROW BEGIN"
            + " IF NEW.username LIKE 'dbfail%' THEN"
            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'registry write refused by the test';"
            + " END IF; END");
    try {
      long created = eventsOfType("UserCreated");
      HttpClientResponseException e =
          refused(
              HttpRequest.POST(USERS, person(u("dbfail.create"), "staff", DemoOrgTree.HE_MUONG))
                  .bearerAuth(admin()));
      assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.getStatus());
      assertTrue(((String) problem(e).get("detail")).contains("đã được hoàn tác"));
      assertNull(keycloak.user(u("dbfail.create")), "the Keycloak account is compensated");
      assertEquals(0, rows(u("dbfail.create")));
      assertEquals(created, eventsOfType("UserCreated"));
    } finally {
      db.update("DROP TRIGGER IF EXISTS fail_user_insert");
    }
  }

  @Test
  void deactivation_and_reactivation_change_keycloak_and_the_registry_together() {
    String id =
        (String) create(person(u("staff.leaving"), "staff", DemoOrgTree.THANH_XUONG)).get("id");

    Map<?, ?> off =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(USERS + "/" + id + "/deactivation", "").bearerAuth(admin()),
                Map.class);
    assertEquals(false, off.get("active"));
    assertFalse(keycloak.realm().users().get(id).toRepresentation().isEnabled());
    assertEquals("0", db.string("SELECT active FROM app_user WHERE id = ?", id));
    assertEquals(1, events("UserDeactivated", id));
    Map<?, ?> deactivated = payload("UserDeactivated", id);
    assertEquals(false, deactivated.get("active"));
    assertEquals(u("staff.leaving") + "@dienbien.edu.vn", deactivated.get("email"));

    // twice changes nothing more
    http.toBlocking()
        .retrieve(
            HttpRequest.POST(USERS + "/" + id + "/deactivation", "").bearerAuth(admin()),
            Map.class);
    assertEquals(1, events("UserDeactivated", id));

    Map<?, ?> inactive =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(USERS + "?active=false&role=staff").bearerAuth(admin()), Map.class);
    assertTrue(
        ((List<?>) inactive.get("items"))
            .stream().anyMatch(u -> id.equals(((Map<?, ?>) u).get("id"))));

    Map<?, ?> on =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(USERS + "/" + id + "/reactivation", "").bearerAuth(admin()),
                Map.class);
    assertEquals(true, on.get("active"));
    assertTrue(keycloak.realm().users().get(id).toRepresentation().isEnabled());
    assertEquals(1, events("UserReactivated", id));

    // another tenant's admin does not see the account at all
    HttpClientResponseException hcm =
        refused(HttpRequest.POST(USERS + "/" + id + "/deactivation", "").bearerAuth(adminHcm()));
    assertEquals(HttpStatus.NOT_FOUND, hcm.getStatus());
    assertTrue(keycloak.realm().users().get(id).toRepresentation().isEnabled());
  }

  @Test
  void a_failure_on_either_side_of_a_deactivation_leaves_both_unchanged() {
    // the registry refuses: Keycloak is enabled again
    String id =
        (String)
            create(person(u("dbfail-update.staff"), "staff", DemoOrgTree.THANH_XUONG)).get("id");
    db.update("DROP TRIGGER IF EXISTS fail_user_update");
    db.update(
        "CREATE TRIGGER fail_user_update BEFORE UPDATE ON app_user FOR EACH ROW BEGIN"
            + " IF NEW.username LIKE 'dbfail%' THEN"
            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'registry write refused by the test';"
            + " END IF; END");
    try {
      HttpClientResponseException e =
          refused(HttpRequest.POST(USERS + "/" + id + "/deactivation", "").bearerAuth(admin()));
      assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.getStatus());
      assertTrue(keycloak.realm().users().get(id).toRepresentation().isEnabled());
      assertEquals("1", db.string("SELECT active FROM app_user WHERE id = ?", id));
      assertEquals(0, events("UserDeactivated", id));
    } finally {
      db.update("DROP TRIGGER IF EXISTS fail_user_update");
    }

    // Keycloak fails (the account was deleted there behind the registry's back): registry unchanged
    String gone =
        (String) create(person(u("staff.gone"), "staff", DemoOrgTree.THANH_XUONG)).get("id");
    keycloak.realm().users().delete(gone).close();
    HttpClientResponseException outOfSync =
        refused(HttpRequest.POST(USERS + "/" + gone + "/deactivation", "").bearerAuth(admin()));
    assertEquals(HttpStatus.CONFLICT, outOfSync.getStatus());
    assertTrue(problem(outOfSync).get("type").toString().endsWith("identity-out-of-sync"));
    assertEquals("1", db.string("SELECT active FROM app_user WHERE id = ?", gone));
    assertEquals(0, events("UserDeactivated", gone));
  }

  @Test
  void reassignment_moves_the_org_unit_and_role_in_keycloak_and_the_registry() {
    String id =
        (String)
            create(person(u("principal.moving"), "principal", DemoOrgTree.THANH_XUONG)).get("id");

    Map<?, ?> moved =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(
                        USERS + "/" + id + "/reassignment",
                        Map.of("orgUnitId", DemoOrgTree.MUONG_MUON, "role", "staff"))
                    .bearerAuth(admin()),
                Map.class);
    assertEquals(DemoOrgTree.MUONG_MUON, moved.get("orgUnitId"));
    assertEquals("staff", moved.get("role"));
    UserRepresentation account = keycloak.realm().users().get(id).toRepresentation();
    assertEquals(List.of(DemoOrgTree.MUONG_MUON), account.getAttributes().get("org_unit"));
    assertEquals(List.of("dienbien"), account.getAttributes().get("tenant"));
    assertTrue(keycloak.realmRoles(id).contains("staff"));
    assertFalse(keycloak.realmRoles(id).contains("principal"));
    assertEquals("staff", db.string("SELECT role FROM app_user WHERE id = ?", id));
    assertEquals(1, events("UserReassigned", id));
    Map<?, ?> reassigned = payload("UserReassigned", id);
    assertEquals("staff", reassigned.get("role"));
    assertEquals(DemoOrgTree.MUONG_MUON, reassigned.get("orgUnitId"));
    assertEquals(u("principal.moving") + "@dienbien.edu.vn", reassigned.get("email"));

    // to a school of another tenant: 422; to platform-admin: 403; nothing changes
    HttpClientResponseException otherTenant =
        refused(
            HttpRequest.POST(
                    USERS + "/" + id + "/reassignment", Map.of("orgUnitId", DemoOrgTree.DINH_PHUOC))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, otherTenant.getStatus());
    HttpClientResponseException platform =
        refused(
            HttpRequest.POST(USERS + "/" + id + "/reassignment", Map.of("role", "platform-admin"))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.FORBIDDEN, platform.getStatus());
    assertFalse(keycloak.realmRoles(id).contains("platform-admin"));
    assertEquals(
        List.of(DemoOrgTree.MUONG_MUON),
        keycloak.realm().users().get(id).toRepresentation().getAttributes().get("org_unit"));
    assertEquals(1, events("UserReassigned", id));
  }

  @Test
  void the_list_filters_by_org_unit_role_and_active_and_pages() {
    create(person(u("reviewer.list1"), "reviewer", DemoOrgTree.HE_MUONG_OFFICE));
    create(person(u("staff.list2"), "staff", DemoOrgTree.HE_MUONG));
    create(person(u("staff.list3"), "staff", DemoOrgTree.MUONG_MUON));

    Map<?, ?> office =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(USERS + "?orgUnitId=" + DemoOrgTree.HE_MUONG_OFFICE)
                    .bearerAuth(admin()),
                Map.class);
    List<Object> names =
        ((List<?>) office.get("items"))
            .stream().map(u -> (Object) ((Map<?, ?>) u).get("username")).toList();
    assertTrue(names.contains(u("reviewer.list1")));
    assertTrue(names.contains(u("staff.list2")), "the subtree: the school under the office");
    assertFalse(names.contains(u("staff.list3")));

    Map<?, ?> page =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(USERS + "?role=staff&size=1&page=0").bearerAuth(admin()),
                Map.class);
    assertEquals(1, ((List<?>) page.get("items")).size());
    assertTrue(((Number) page.get("total")).longValue() >= 2);

    Map<?, ?> hcm =
        http.toBlocking().retrieve(HttpRequest.GET(USERS).bearerAuth(adminHcm()), Map.class);
    assertEquals(0, ((Number) hcm.get("total")).longValue());
    HttpClientResponseException bad =
        refused(HttpRequest.GET(USERS + "?size=0").bearerAuth(admin()));
    assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
    assertEquals("size", ((Map<?, ?>) ((List<?>) problem(bad).get("errors")).get(0)).get("field"));
  }
}
