package vn.eqip.registry.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** One version of a circular's catalog, in force from {@code effectiveFrom}. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("framework")
public record Framework(
    @Id String id, String schoolLevel, String circular, LocalDate effectiveFrom) {}
