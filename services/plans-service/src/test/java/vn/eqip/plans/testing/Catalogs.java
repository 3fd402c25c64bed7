package vn.eqip.plans.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import vn.eqip.plans.assessment.domain.AccreditationPrecondition;
import vn.eqip.plans.assessment.domain.Catalog;

/**
 * The three 2018 catalogs as test fixtures, copied from ../shared/reference/criteria.json: each
 * criterion as {@code code[*]:l1/l2/l3} (a star: it has level 3; then its indicator counts per
 * level), and the number of level-4 requirements.
 */
public final class Catalogs {

  private Catalogs() {}

  // declared before the catalogs: static fields initialise in order
  static final java.util.Map<Integer, String> SCHOOL_STANDARDS =
      java.util.Map.of(
          1, "Tổ chức và quản lý nhà trường",
          2, "Cán bộ quản lý, giáo viên, nhân viên và học sinh",
          3, "Cơ sở vật chất và thiết bị dạy học",
          4, "Quan hệ giữa nhà trường, gia đình và xã hội",
          5, "Hoạt động giáo dục và kết quả giáo dục");

  static final java.util.Map<Integer, String> PRESCHOOL_STANDARDS =
      java.util.Map.of(
          1, "Tổ chức và quản lý nhà trường",
          2, "Cán bộ quản lý, giáo viên, nhân viên và trẻ",
          3, "Cơ sở vật chất và thiết bị dạy học",
          4, "Quan hệ giữa nhà trường, gia đình và xã hội",
          5, "Hoạt động và kết quả nuôi dưỡng, chăm sóc và giáo dục trẻ");

  public static final Catalog PRIMARY_2018 =
      catalog(
          "TT17-2018-TH",
          "1.1*:3/1/1 1.2:3/1/0 1.3*:3/2/2 1.4*:3/2/2 1.5:3/3/0 1.6*:3/2/1 1.7:3/1/0 1.8:3/1/0"
              + " 1.9:3/1/0 1.10:3/2/0 2.1*:3/2/1 2.2*:3/3/2 2.3*:3/2/2 2.4*:3/1/1 3.1*:3/2/1"
              + " 3.2*:3/3/1 3.3*:3/2/1 3.4:3/2/0 3.5*:3/3/1 3.6*:3/1/1 4.1*:3/1/1 4.2*:3/2/1"
              + " 5.1:3/2/0 5.2*:3/2/1 5.3*:3/1/1 5.4*:3/1/1 5.5*:3/2/2",
          5,
          AccreditationPrecondition.COHORT_COMPLETED);

  public static final Catalog PRESCHOOL_2018 =
      catalog(
          "TT19-2018-MN",
          "1.1*:3/1/1 1.2:3/1/0 1.3*:3/2/2 1.4*:3/2/2 1.5*:3/1/1 1.6*:3/2/1 1.7:3/1/0 1.8:3/1/0"
              + " 1.9:3/1/0 1.10:3/2/0 2.1*:3/2/1 2.2*:3/3/2 2.3*:3/2/2 3.1*:3/3/1 3.2*:3/2/1"
              + " 3.3*:3/2/1 3.4*:3/1/1 3.5*:3/3/1 3.6:3/2/0 4.1*:3/1/1 4.2*:3/2/1 5.1*:3/2/2"
              + " 5.2*:3/1/1 5.3*:3/3/1 5.4*:3/3/2",
          6,
          AccreditationPrecondition.OPERATING_FIVE_YEARS);

  public static final Catalog SECONDARY_2018 =
      catalog(
          "TT18-2018-THCS-THPT",
          "1.1*:3/1/1 1.2:3/1/0 1.3*:3/2/2 1.4*:3/2/2 1.5*:3/1/1 1.6*:3/2/1 1.7:3/1/0 1.8:3/1/0"
              + " 1.9:3/1/0 1.10:3/2/0 2.1*:3/2/1 2.2*:3/3/2 2.3*:3/2/2 2.4*:3/1/1 3.1*:3/1/1"
              + " 3.2*:3/2/1 3.3*:3/1/1 3.4:3/2/0 3.5*:3/3/1 3.6*:3/1/1 4.1*:3/1/1 4.2*:3/2/1"
              + " 5.1*:3/2/1 5.2*:3/1/1 5.3:3/1/0 5.4:3/2/0 5.5*:3/2/1 5.6*:3/2/2",
          6,
          AccreditationPrecondition.COHORT_COMPLETED);

  public static List<Catalog> all() {
    return List.of(PRESCHOOL_2018, PRIMARY_2018, SECONDARY_2018);
  }

  static Catalog catalog(
      String id, String criteria, int level4, AccreditationPrecondition precondition) {
    return Catalog.of(
        id,
        Arrays.stream(criteria.split(" ")).map(Catalogs::criterion).toList(),
        Set.copyOf(IntStream.rangeClosed(1, level4).boxed().toList()),
        precondition,
        id.endsWith("-MN") ? PRESCHOOL_STANDARDS : SCHOOL_STANDARDS);
  }

  private static Catalog.CatalogCriterion criterion(String spec) {
    String[] codeAndCounts = spec.split(":");
    String code = codeAndCounts[0].replace("*", "");
    int[] counts = Arrays.stream(codeAndCounts[1].split("/")).mapToInt(Integer::parseInt).toArray();
    return new Catalog.CatalogCriterion(
        code,
        "Tiêu chí " + code,
        codeAndCounts[0].endsWith("*"),
        new Catalog.IndicatorCounts(counts[0], counts[1], counts[2]));
  }
}
