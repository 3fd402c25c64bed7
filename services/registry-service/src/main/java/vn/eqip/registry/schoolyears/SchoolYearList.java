package vn.eqip.registry.schoolyears;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record SchoolYearList(List<SchoolYearView> items) {}
