package vn.eqip.platform.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo org trees of two tenants (registry.OrgUnitRegistered.v1 payloads) and their schools
 * (registry.SchoolRegistered.v1 payloads), with the fixed demo ids.
 */
public final class DemoOrgTree {

  public static final String DIENBIEN = "dienbien";
  public static final String HCM = "hcm";

  public static final String DIENBIEN_ROOT = "d1000000-0000-4000-8000-000000000001";
  public static final String THANH_XUONG_OFFICE = "d1000000-0000-4000-8000-000000000002";
  public static final String HE_MUONG_OFFICE = "d1000000-0000-4000-8000-000000000003";
  public static final String MUONG_MUON_OFFICE = "d1000000-0000-4000-8000-000000000004";
  public static final String THANH_XUONG = "d1000000-0000-4000-8000-000000000102";
  public static final String HE_MUONG = "d1000000-0000-4000-8000-000000000103";
  public static final String MUONG_MUON = "d1000000-0000-4000-8000-000000000104";

  public static final String HCM_ROOT = "c1000000-0000-4000-8000-000000000001";
  public static final String QUAN10_OFFICE = "c1000000-0000-4000-8000-000000000002";
  public static final String DAU_TIENG_OFFICE = "c1000000-0000-4000-8000-000000000003";
  public static final String MN_QUAN10 = "c1000000-0000-4000-8000-000000000102";
  public static final String DINH_PHUOC = "c1000000-0000-4000-8000-000000000103";

  private DemoOrgTree() {}

  /** One org unit as the registry publishes it. */
  public record Unit(String tenant, String id, String parentId, String kind, String name) {
    public String path() {
      return pathOf(id);
    }

    public Map<String, Object> payload() {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", id);
      p.put("parentId", parentId);
      p.put("kind", kind);
      p.put("name", name);
      p.put("path", path());
      return p;
    }
  }

  public static List<Unit> units() {
    return List.of(
        new Unit(DIENBIEN, DIENBIEN_ROOT, null, "DEPARTMENT", "Sở GD&ĐT Điện Biên"),
        new Unit(
            DIENBIEN,
            THANH_XUONG_OFFICE,
            DIENBIEN_ROOT,
            "COMMUNE_OFFICE",
            "Phòng VH-XH xã Thanh Xương"),
        new Unit(
            DIENBIEN, HE_MUONG_OFFICE, DIENBIEN_ROOT, "COMMUNE_OFFICE", "Phòng VH-XH xã Hẹ Muông"),
        new Unit(
            DIENBIEN,
            MUONG_MUON_OFFICE,
            DIENBIEN_ROOT,
            "COMMUNE_OFFICE",
            "Phòng VH-XH xã Mường Mươn"),
        new Unit(DIENBIEN, THANH_XUONG, THANH_XUONG_OFFICE, "SCHOOL", "Trường THCS xã Thanh Xương"),
        new Unit(
            DIENBIEN, HE_MUONG, HE_MUONG_OFFICE, "SCHOOL", "Trường PTDTBT Tiểu học xã Hẹ Muông"),
        new Unit(
            DIENBIEN, MUONG_MUON, MUONG_MUON_OFFICE, "SCHOOL", "Trường Mầm non số 1 Mường Mươn"),
        new Unit(HCM, HCM_ROOT, null, "DEPARTMENT", "Sở GD&ĐT TP. Hồ Chí Minh"),
        new Unit(HCM, QUAN10_OFFICE, HCM_ROOT, "DISTRICT_OFFICE", "Phòng GD&ĐT Quận 10 (cũ)"),
        new Unit(HCM, DAU_TIENG_OFFICE, HCM_ROOT, "COMMUNE_OFFICE", "Phòng VH-XH xã Dầu Tiếng"),
        new Unit(HCM, MN_QUAN10, QUAN10_OFFICE, "SCHOOL", "Trường Mầm non Quận 10"),
        new Unit(HCM, DINH_PHUOC, DAU_TIENG_OFFICE, "SCHOOL", "Trường Tiểu học Định Phước"));
  }

  /** A school as registry.SchoolRegistered.v1 describes it. */
  public record School(String tenant, String id, String code, String name, String level) {
    public Map<String, Object> payload() {
      Unit node = units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", id);
      p.put("code", code);
      p.put("name", name);
      p.put("level", level);
      p.put("type", "CONG_LAP");
      p.put("orgUnitId", node.parentId());
      p.put("path", pathOf(id));
      p.put("status", "ACTIVE");
      p.put("framework", null);
      return p;
    }
  }

  public static List<School> schools() {
    return List.of(
        new School(
            DIENBIEN, THANH_XUONG, "11710201", "Trường THCS xã Thanh Xương", "LOWER_SECONDARY"),
        new School(DIENBIEN, HE_MUONG, "11710301", "Trường PTDTBT Tiểu học xã Hẹ Muông", "PRIMARY"),
        new School(DIENBIEN, MUONG_MUON, "11710401", "Trường Mầm non số 1 Mường Mươn", "PRESCHOOL"),
        new School(HCM, MN_QUAN10, "79010201", "Trường Mầm non Quận 10", "PRESCHOOL"),
        new School(HCM, DINH_PHUOC, "79010301", "Trường Tiểu học Định Phước", "PRIMARY"));
  }

  /** The materialised path '/root/.../self/' of a demo unit. */
  public static String pathOf(String id) {
    Unit unit = units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    return unit.parentId() == null ? "/" + id + "/" : pathOf(unit.parentId()) + id + "/";
  }
}
