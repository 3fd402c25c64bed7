package vn.eqip.plans.integration;

import java.util.Optional;
import vn.eqip.plans.assessment.domain.Catalog;

/**
 * What plans-service asks the registry, on behalf of the user (their bearer token is forwarded, so
 * the registry applies the user's own scope): a school the user may see, and a catalog.
 */
public interface SchoolRegistryOperations {

  /** The school if the caller may see it; empty if it does not exist for them. */
  default Optional<SchoolInfo> visibleSchool(String authorization, String schoolId) {
    return visibleSchool(authorization, schoolId, null);
  }

  /**
   * The school if the caller may see it, with the catalog version in force for {@code schoolYear}
   * (null: today's).
   */
  Optional<SchoolInfo> visibleSchool(String authorization, String schoolId, String schoolYear);

  /** A criteria catalog (cached: versions never change once loaded). */
  Catalog catalog(String authorization, String frameworkId);

  record SchoolInfo(String id, String code, String name, String level, String framework) {}
}
