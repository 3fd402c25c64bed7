package vn.eqip.registry.schools;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record SchoolList(List<SchoolView> items, int total) {}
