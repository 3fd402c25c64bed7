package vn.eqip.registry.schools;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A school as the API shows it.
 *
 * @param framework the criteria catalog in force today for the school's level
 */
@Serdeable
public record SchoolView(
    String id,
    String code,
    String name,
    SchoolLevel level,
    String levelLabel,
    String type,
    String orgUnitId,
    String status,
    String framework) {}
