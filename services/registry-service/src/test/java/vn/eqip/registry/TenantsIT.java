package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.eqip.platform.testing.Db;
import vn.eqip.platform.testing.DemoOrgTree;
import vn.eqip.platform.testing.IntegrationTestSupport;
import vn.eqip.registry.testing.KeycloakTestServer;

/**
 * A platform-admin onboards a tenant (tenant, root unit, Keycloak group, first dept-admin) in one
 * step that leaves nothing behind when it fails in the middle, lists, suspends and resumes tenants,
 * against the real Keycloak and database.
 */
@MicronautTest(transactional = false)
class TenantsIT extends IntegrationTestSupport {

  static final String TENANTS = "/api/registry/tenants";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcOperations jdbc;
  @Inject TransactionOperations<Connection> tx;

  KeycloakTestServer keycloak;
  Db db;

  @Override
  protected String serviceName() {
    return "registry_tenants";
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

  String platform() {
    return tokens.tokenWithoutTenant("platform", "platform-admin");
  }

  static Map<String, Object> tenant(String id, String adminUsername) {
    Map<String, Object> admin = new HashMap<>();
    admin.put("username", adminUsername);
    admin.put("email", adminUsername + "@so.edu.vn");
    admin.put("firstName", "Thị Mai");
    admin.put("lastName", "Giàng");
    Map<String, Object> body = new HashMap<>();
    body.put("id", id);
    body.put("name", "Sở GD&ĐT Lai Châu " + id);
    body.put("admin", admin);
    return body;
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

  GroupRepresentation group(String name) {
    return keycloak.realm().groups().groups(name, 0, 10).stream()
        .filter(g -> g.getName().equals(name))
        .findFirst()
        .orElse(null);
  }

  long tenantRows(String id) {
    return db.count("SELECT COUNT(*) FROM tenant WHERE id = ?", id)
        + db.count("SELECT COUNT(*) FROM org_unit WHERE tenant_id = ?", id)
        + db.count("SELECT COUNT(*) FROM app_user WHERE tenant_id = ?", id)
        + db.count("SELECT COUNT(*) FROM outbox_event WHERE tenant_id = ?", id);
  }

  @Test
  void a_platform_admin_onboards_a_tenant_with_its_root_group_and_first_dept_admin() {
    String id = "it-" + RUN_ID;
    String adminName = "admin." + RUN_ID;
    HttpResponse<Map> created =
        http.toBlocking()
            .exchange(
                HttpRequest.POST(TENANTS, tenant(id, adminName)).bearerAuth(platform()), Map.class);
    assertEquals(HttpStatus.CREATED, created.getStatus());
    Map<?, ?> body = created.body();
    String root = (String) body.get("rootOrgUnitId");
    String groupId = (String) body.get("keycloakGroupId");
    Map<?, ?> admin = (Map<?, ?>) body.get("admin");
    assertNotNull(admin.get("temporaryPassword"));
    assertEquals("dept-admin", admin.get("role"));
    assertEquals(root, admin.get("orgUnitId"));

    // the registry: tenant, root unit, dept-admin row and the events, in the new tenant
    assertEquals("ACTIVE", db.string("SELECT status FROM tenant WHERE id = ?", id));
    assertEquals(groupId, db.string("SELECT keycloak_group_id FROM tenant WHERE id = ?", id));
    assertEquals(
        "DEPARTMENT",
        db.string("SELECT kind FROM org_unit WHERE tenant_id = ? AND id = ?", id, root));
    assertEquals(
        "dept-admin", db.string("SELECT role FROM app_user WHERE username = ?", adminName));
    for (String type : List.of("TenantOnboarded", "OrgUnitRegistered", "UserCreated")) {
      assertEquals(
          1,
          db.count(
              "SELECT COUNT(*) FROM outbox_event WHERE tenant_id = ? AND event_type = ?", id, type),
          type);
    }

    // Keycloak: the group and the dept-admin in it with the tenant's claims
    assertNotNull(group("tenant-" + id));
    UserRepresentation account = keycloak.user(adminName);
    assertEquals(List.of(id), account.getAttributes().get("tenant"));
    assertEquals(List.of(root), account.getAttributes().get("org_unit"));
    assertTrue(keycloak.realmRoles(account.getId()).contains("dept-admin"));
    assertTrue(
        keycloak.realm().users().get(account.getId()).groups().stream()
            .anyMatch(g -> g.getId().equals(groupId)));

    // the new dept-admin creates a reviewer of the new Sở: it joins the tenant's group
    Map<String, Object> reviewer = new HashMap<>();
    reviewer.put("username", "reviewer." + RUN_ID);
    reviewer.put("email", "reviewer." + RUN_ID + "@so.edu.vn");
    reviewer.put("firstName", "Văn Bình");
    reviewer.put("lastName", "Sùng");
    reviewer.put("role", "reviewer");
    reviewer.put("orgUnitId", root);
    Map<?, ?> made =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/registry/users", reviewer)
                    .bearerAuth(tokens.token(adminName, id, root, "dept-admin")),
                Map.class);
    assertTrue(
        keycloak.realm().users().get((String) made.get("id")).groups().stream()
            .anyMatch(g -> g.getId().equals(groupId)));

    Map<?, ?> list =
        http.toBlocking().retrieve(HttpRequest.GET(TENANTS).bearerAuth(platform()), Map.class);
    List<Object> ids =
        ((List<?>) list.get("items"))
            .stream().map(t -> (Object) ((Map<?, ?>) t).get("id")).toList();
    assertTrue(ids.containsAll(List.of("dienbien", "hcm", id)));
  }

  @Test
  void bad_input_duplicates_and_other_roles_are_refused_and_create_nothing() {
    HttpClientResponseException invalid =
        refused(HttpRequest.POST(TENANTS, Map.of("id", "Lai Châu")).bearerAuth(platform()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getStatus());
    List<Object> fields =
        ((List<?>) problem(invalid).get("errors"))
            .stream().map(x -> (Object) ((Map<?, ?>) x).get("field")).toList();
    assertEquals(
        List.of("id", "name", "admin.username", "admin.email", "admin.firstName", "admin.lastName"),
        fields);

    HttpClientResponseException exists =
        refused(
            HttpRequest.POST(TENANTS, tenant("dienbien", "admin.x" + RUN_ID))
                .bearerAuth(platform()));
    assertEquals(HttpStatus.CONFLICT, exists.getStatus());
    assertTrue(problem(exists).get("type").toString().endsWith("duplicate-tenant"));

    String id = "it-denied-" + RUN_ID;
    HttpClientResponseException deptAdmin =
        refused(
            HttpRequest.POST(TENANTS, tenant(id, "admin.denied" + RUN_ID))
                .bearerAuth(
                    tokens.token(
                        "admin.dienbien",
                        DemoOrgTree.DIENBIEN,
                        DemoOrgTree.DIENBIEN_ROOT,
                        "dept-admin")));
    assertEquals(HttpStatus.FORBIDDEN, deptAdmin.getStatus());
    HttpClientResponseException list =
        refused(
            HttpRequest.GET(TENANTS)
                .bearerAuth(
                    tokens.token(
                        "admin.dienbien",
                        DemoOrgTree.DIENBIEN,
                        DemoOrgTree.DIENBIEN_ROOT,
                        "dept-admin")));
    assertEquals(HttpStatus.FORBIDDEN, list.getStatus());
    assertEquals(0, tenantRows(id));
    assertNull(group("tenant-" + id));
  }

  @Test
  void a_keycloak_failure_in_the_middle_removes_the_group_it_had_made() {
    // the group is created, then Keycloak refuses the dept-admin (admin.hcm exists there)
    String id = "it-kcfail-" + RUN_ID;
    HttpClientResponseException e =
        refused(HttpRequest.POST(TENANTS, tenant(id, "admin.hcm")).bearerAuth(platform()));
    assertEquals(HttpStatus.CONFLICT, e.getStatus());
    assertTrue(problem(e).get("type").toString().endsWith("duplicate-username"));
    assertNull(group("tenant-" + id), "the group is deleted again");
    assertEquals(0, tenantRows(id));
  }

  @Test
  void a_registry_failure_in_the_middle_removes_the_keycloak_group_and_account() {
    String id = "dbfail-" + RUN_ID;
    String adminName = "admin.dbfail" + RUN_ID;
    db.update("DROP TRIGGER IF EXISTS fail_tenant_insert");
    db.update(
        "CREATE TRIGGER fail_tenant_insert BEFORE INSERT ON tenant FOR EACH ROW BEGIN"
            + " IF NEW.id LIKE 'dbfail%' THEN"
            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'registry write refused by the test';"
            + " END IF; END");
    try {
      HttpClientResponseException e =
          refused(HttpRequest.POST(TENANTS, tenant(id, adminName)).bearerAuth(platform()));
      assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.getStatus());
      assertTrue(((String) problem(e).get("detail")).contains("không có gì được tạo"));
    } finally {
      db.update("DROP TRIGGER IF EXISTS fail_tenant_insert");
    }
    assertNull(keycloak.user(adminName), "the dept-admin is deleted from Keycloak");
    assertNull(group("tenant-" + id), "the group is deleted from Keycloak");
    assertEquals(0, tenantRows(id));
  }

  @Test
  void a_suspended_tenants_users_get_403_their_data_is_kept_and_resumption_lets_them_in() {
    String hcmAdmin =
        tokens.token("admin.hcm", DemoOrgTree.HCM, DemoOrgTree.HCM_ROOT, "dept-admin");
    long schools = db.count("SELECT COUNT(*) FROM school WHERE tenant_id = 'hcm'");
    assertTrue(schools > 0);

    Map<?, ?> suspended =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(TENANTS + "/hcm/suspension", "").bearerAuth(platform()),
                Map.class);
    assertEquals("SUSPENDED", suspended.get("status"));
    assertNotNull(suspended.get("suspendedAt"));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE tenant_id = 'hcm'"
                + " AND event_type = 'TenantSuspended'"));

    // the gateway's source: anonymous, on the service's own port only
    assertEquals(
        List.of("hcm"),
        http.toBlocking()
            .retrieve(HttpRequest.GET("/internal/tenants/suspended"), Map.class)
            .get("ids"));

    HttpClientResponseException refusedRequest =
        refused(HttpRequest.GET("/api/registry/schools").bearerAuth(hcmAdmin));
    assertEquals(HttpStatus.FORBIDDEN, refusedRequest.getStatus());
    assertTrue(problem(refusedRequest).get("type").toString().endsWith("tenant-suspended"));
    assertTrue(((String) problem(refusedRequest).get("detail")).contains("tạm ngừng"));
    // another tenant works as before; the data of the suspended one is kept
    http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/registry/schools")
                .bearerAuth(
                    tokens.token(
                        "admin.dienbien",
                        DemoOrgTree.DIENBIEN,
                        DemoOrgTree.DIENBIEN_ROOT,
                        "dept-admin")),
            Map.class);
    assertEquals(schools, db.count("SELECT COUNT(*) FROM school WHERE tenant_id = 'hcm'"));

    Map<?, ?> resumed =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(TENANTS + "/hcm/resumption", "").bearerAuth(platform()),
                Map.class);
    assertEquals("ACTIVE", resumed.get("status"));
    assertEquals(
        List.of(),
        http.toBlocking()
            .retrieve(HttpRequest.GET("/internal/tenants/suspended"), Map.class)
            .get("ids"));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE tenant_id = 'hcm'"
                + " AND event_type = 'TenantResumed'"));
    Map<?, ?> list =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/registry/schools").bearerAuth(hcmAdmin), Map.class);
    assertEquals(schools, ((Number) list.get("total")).longValue());

    assertEquals(
        HttpStatus.NOT_FOUND,
        refused(HttpRequest.POST(TENANTS + "/nowhere/suspension", "").bearerAuth(platform()))
            .getStatus());
    assertEquals(
        HttpStatus.FORBIDDEN,
        refused(HttpRequest.POST(TENANTS + "/dienbien/suspension", "").bearerAuth(hcmAdmin))
            .getStatus());
    assertEquals("ACTIVE", db.string("SELECT status FROM tenant WHERE id = 'dienbien'"));
  }
}
