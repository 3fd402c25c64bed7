package vn.eqip.registry.schools;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of schools; {@code total} counts every match, {@code page} starts at 0. */
@Serdeable
public record SchoolList(List<SchoolView> items, long total, int page, int size) {}
