package vn.eqip.platform.tenancy;

/** Claim names mapped by the Keycloak realm's {@code eqip-claims} client scope. */
public final class TokenClaims {
  public static final String TENANT = "tenant";
  public static final String ORG_UNIT = "org_unit";
  public static final String ROLES = "roles";
  public static final String USERNAME = "preferred_username";

  private TokenClaims() {}
}
