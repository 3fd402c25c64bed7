package vn.eqip.registry.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A stored import preview; status PREVIEW, then COMMITTED. */
@MappedEntity("school_import")
public record SchoolImport(
    @Id String id,
    String tenantId,
    String createdBy,
    @Nullable String fileName,
    String status,
    String rowsJson,
    int validRows,
    int invalidRows,
    @Nullable Instant committedAt) {

  static final String PREVIEW = "PREVIEW";
  static final String COMMITTED = "COMMITTED";
}
