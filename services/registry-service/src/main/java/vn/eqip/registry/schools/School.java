package vn.eqip.registry.schools;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A school of a tenant; its id is also its node in the org tree. */
@MappedEntity("school")
public record School(
    @Id String id,
    String tenantId,
    String code,
    String name,
    SchoolLevel level,
    @MappedProperty("school_type") String type,
    String orgUnitId,
    String status) {

  public School withName(String newName) {
    return new School(id, tenantId, code, newName, level, type, orgUnitId, status);
  }
}
