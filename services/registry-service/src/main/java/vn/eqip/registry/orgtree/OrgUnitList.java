package vn.eqip.registry.orgtree;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record OrgUnitList(List<OrgUnitView> items) {}
