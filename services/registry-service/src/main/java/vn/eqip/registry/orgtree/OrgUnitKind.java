package vn.eqip.registry.orgtree;

/** Kinds of org unit; the tree has any depth and any mix of them (domain.md). */
public enum OrgUnitKind {
  /** Sở GD&ĐT, the tenant's root. */
  DEPARTMENT,
  /** Phòng GD&ĐT (district office; abolished from 1/7/2025 in most provinces). */
  DISTRICT_OFFICE,
  /** Phòng Văn hóa – Xã hội of a commune. */
  COMMUNE_OFFICE,
  /** A cluster of schools (cụm trường). */
  CLUSTER,
  SCHOOL
}
