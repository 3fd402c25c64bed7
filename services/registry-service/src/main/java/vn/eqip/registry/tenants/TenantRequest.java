package vn.eqip.registry.tenants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new tenant (a Sở GD&ĐT) and its first dept-admin. */
@Serdeable
public record TenantRequest(
    @Schema(
            example = "laichau",
            description = "lower-case letters, digits and dashes: the token's tenant claim")
        @Nullable
        String id,
    @Schema(example = "Sở GD&ĐT Lai Châu") @Nullable String name,
    @Nullable Admin admin) {

  /** The first dept-admin account. */
  @Serdeable
  public record Admin(
      @Schema(example = "admin.laichau") @Nullable String username,
      @Nullable String email,
      @Nullable String firstName,
      @Nullable String lastName) {}
}
