package vn.eqip.platform.testing;

import static vn.eqip.platform.testing.DemoOrgTree.*;

/** Tokens of the demo users (and a few more), signed by the test JWKS. */
public final class DemoUsers {

  private DemoUsers() {}

  private static String token(String user, String tenant, String orgUnit, String... roles) {
    return TestTokens.get().token(user, tenant, orgUnit, roles);
  }

  public static String principalHeMuong() {
    return token("principal.hemuong", DIENBIEN, HE_MUONG, "principal");
  }

  public static String staffHeMuong() {
    return token("staff.hemuong", DIENBIEN, HE_MUONG, "staff");
  }

  public static String principalThanhXuong() {
    return token("principal.thanhxuong", DIENBIEN, THANH_XUONG, "principal");
  }

  public static String reviewerDienBien() {
    return token("reviewer.dienbien", DIENBIEN, DIENBIEN_ROOT, "reviewer");
  }

  public static String reviewerThanhXuongOffice() {
    return token("reviewer.thanhxuong", DIENBIEN, THANH_XUONG_OFFICE, "reviewer");
  }

  public static String adminDienBien() {
    return token("admin.dienbien", DIENBIEN, DIENBIEN_ROOT, "dept-admin");
  }

  public static String reviewerHcm() {
    return token("reviewer.hcm", HCM, HCM_ROOT, "reviewer");
  }

  public static String principalDinhPhuoc() {
    return token("principal.dinhphuoc", HCM, DINH_PHUOC, "principal");
  }
}
