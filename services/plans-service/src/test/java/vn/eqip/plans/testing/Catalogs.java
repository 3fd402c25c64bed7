package vn.eqip.plans.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import vn.eqip.plans.assessment.domain.Catalog;

/**
 * The three 2018 catalogs as test fixtures: criterion codes, a star for "has level 3" (from
 * ../shared/reference/criteria.json), and the number of level-4 requirements.
 */
public final class Catalogs {

  private Catalogs() {}

  public static final Catalog PRIMARY_2018 =
      catalog(
          "TT17-2018-TH",
          "1.1* 1.2 1.3* 1.4* 1.5 1.6* 1.7 1.8 1.9 1.10 2.1* 2.2* 2.3* 2.4* 3.1* 3.2* 3.3* 3.4 3.5*"
              + " 3.6* 4.1* 4.2* 5.1 5.2* 5.3* 5.4* 5.5*",
          5);

  public static final Catalog PRESCHOOL_2018 =
      catalog(
          "TT19-2018-MN",
          "1.1* 1.2 1.3* 1.4* 1.5* 1.6* 1.7 1.8 1.9 1.10 2.1* 2.2* 2.3* 3.1* 3.2* 3.3* 3.4* 3.5*"
              + " 3.6 4.1* 4.2* 5.1* 5.2* 5.3* 5.4*",
          6);

  public static final Catalog SECONDARY_2018 =
      catalog(
          "TT18-2018-THCS-THPT",
          "1.1* 1.2 1.3* 1.4* 1.5* 1.6* 1.7 1.8 1.9 1.10 2.1* 2.2* 2.3* 2.4* 3.1* 3.2* 3.3* 3.4"
              + " 3.5* 3.6* 4.1* 4.2* 5.1* 5.2* 5.3 5.4 5.5* 5.6*",
          6);

  public static List<Catalog> all() {
    return List.of(PRESCHOOL_2018, PRIMARY_2018, SECONDARY_2018);
  }

  static Catalog catalog(String id, String codes, int level4) {
    return Catalog.of(
        id,
        Arrays.stream(codes.split(" "))
            .map(
                c ->
                    new Catalog.CatalogCriterion(
                        c.replace("*", ""), "Tiêu chí " + c.replace("*", ""), c.endsWith("*")))
            .toList(),
        Set.copyOf(IntStream.rangeClosed(1, level4).boxed().toList()));
  }
}
