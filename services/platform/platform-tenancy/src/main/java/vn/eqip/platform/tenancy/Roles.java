package vn.eqip.platform.tenancy;

/** The realm roles of the eqip Keycloak realm (infra/keycloak/realm-eqip.json). */
public final class Roles {
  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String DEPT_ADMIN = "dept-admin";
  public static final String REVIEWER = "reviewer";
  public static final String PRINCIPAL = "principal";
  public static final String STAFF = "staff";

  private Roles() {}
}
