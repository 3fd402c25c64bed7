package vn.eqip.registry.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * One version of a circular's catalog, in force from {@code effectiveFrom}.
 *
 * @param accreditationPreconditionText the circular's wording of the precondition (Điều 34 khoản 1
 *     điểm a); null for a version loaded before it was recorded and not in the bundled file
 */
@MappedEntity("framework")
public record Framework(
    @Id String id,
    String schoolLevel,
    String circular,
    LocalDate effectiveFrom,
    AccreditationPrecondition accreditationPrecondition,
    @Nullable String accreditationPreconditionText) {}
