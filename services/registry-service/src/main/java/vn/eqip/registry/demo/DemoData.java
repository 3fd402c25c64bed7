package vn.eqip.registry.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.eqip.registry.catalog.CatalogLoader;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.orgtree.OrgUnitKind;
import vn.eqip.registry.schools.SchoolLevel;
import vn.eqip.registry.tenants.Registration;

/**
 * The demo tenants (EQIP_DEMO=true): Sở GD&ĐT Điện Biên and Sở GD&ĐT TP. Hồ Chí Minh, their org
 * units and schools. Ids are fixed because the demo realm (infra/keycloak/realm-eqip.json) names
 * them in the users' {@code org_unit} attribute. Loading twice changes nothing.
 */
@Singleton
@Requires(property = "eqip.demo.enabled", value = "true")
public class DemoData {

  public static final String DIENBIEN = "dienbien";
  public static final String HCM = "hcm";

  private final Registration registration;
  private final CatalogLoader catalogs;

  public DemoData(Registration registration, CatalogLoader catalogs) {
    this.registration = registration;
    this.catalogs = catalogs;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    load();
  }

  public void load() {
    catalogs.loadBundled();
    OrgUnit dienBien =
        registration.tenant(DIENBIEN, "Sở GD&ĐT Điện Biên", "d1000000-0000-4000-8000-000000000001");
    OrgUnit thanhXuong =
        registration.unit(
            dienBien,
            "d1000000-0000-4000-8000-000000000002",
            OrgUnitKind.COMMUNE_OFFICE,
            "Phòng Văn hóa – Xã hội xã Thanh Xương");
    OrgUnit heMuong =
        registration.unit(
            dienBien,
            "d1000000-0000-4000-8000-000000000003",
            OrgUnitKind.COMMUNE_OFFICE,
            "Phòng Văn hóa – Xã hội xã Hẹ Muông");
    OrgUnit muongMuon =
        registration.unit(
            dienBien,
            "d1000000-0000-4000-8000-000000000004",
            OrgUnitKind.COMMUNE_OFFICE,
            "Phòng Văn hóa – Xã hội xã Mường Mươn");
    registration.school(
        thanhXuong,
        "d1000000-0000-4000-8000-000000000102",
        "11710201",
        "Trường THCS xã Thanh Xương",
        SchoolLevel.LOWER_SECONDARY,
        "CONG_LAP");
    registration.school(
        heMuong,
        "d1000000-0000-4000-8000-000000000103",
        "11710301",
        "Trường PTDTBT Tiểu học xã Hẹ Muông",
        SchoolLevel.PRIMARY,
        "PTDTBT");
    registration.school(
        muongMuon,
        "d1000000-0000-4000-8000-000000000104",
        "11710401",
        "Trường Mầm non số 1 Mường Mươn",
        SchoolLevel.PRESCHOOL,
        "CONG_LAP");

    OrgUnit hcm =
        registration.tenant(
            HCM, "Sở GD&ĐT TP. Hồ Chí Minh", "c1000000-0000-4000-8000-000000000001");
    OrgUnit quan10 =
        registration.unit(
            hcm,
            "c1000000-0000-4000-8000-000000000002",
            OrgUnitKind.DISTRICT_OFFICE,
            "Phòng GD&ĐT Quận 10 (cũ)");
    OrgUnit dauTieng =
        registration.unit(
            hcm,
            "c1000000-0000-4000-8000-000000000003",
            OrgUnitKind.COMMUNE_OFFICE,
            "Phòng Văn hóa – Xã hội xã Dầu Tiếng");
    registration.school(
        quan10,
        "c1000000-0000-4000-8000-000000000102",
        "79010201",
        "Trường Mầm non Quận 10",
        SchoolLevel.PRESCHOOL,
        "CONG_LAP");
    registration.school(
        dauTieng,
        "c1000000-0000-4000-8000-000000000103",
        "79010301",
        "Trường Tiểu học Định Phước",
        SchoolLevel.PRIMARY,
        "CONG_LAP");
  }
}
