package vn.eqip.registry.tenants;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record TenantList(List<TenantView> items) {}
