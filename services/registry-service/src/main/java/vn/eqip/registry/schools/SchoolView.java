package vn.eqip.registry.schools;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A school as the API shows it.
 *
 * @param framework the criteria catalog for the school's level in force today, or on 1 September of
 *     the school year asked for
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
