package vn.eqip.registry.schools;

/** Whether a school still operates. MERGED and CLOSED carry the day it happened. */
public enum SchoolStatus {
  ACTIVE,
  /** Sáp nhập vào trường khác (mergedIntoId). */
  MERGED,
  /** Giải thể. */
  CLOSED
}
