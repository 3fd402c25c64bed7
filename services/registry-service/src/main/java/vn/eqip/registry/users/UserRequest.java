package vn.eqip.registry.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new account. The tenant always comes from the caller's token: {@code tenant}, if given, must be
 * the caller's own (another one is refused with 403, never used).
 */
@Serdeable
public record UserRequest(
    @Schema(example = "reviewer.muongcha") @Nullable String username,
    @Schema(example = "reviewer.muongcha@dienbien.edu.vn") @Nullable String email,
    @Schema(example = "Văn An") @Nullable String firstName,
    @Schema(example = "Lò") @Nullable String lastName,
    @Schema(description = "reviewer (an office or the Sở), principal or staff (a school)") @Nullable
        String role,
    @Schema(description = "the org unit (reviewer) or the school (principal, staff)") @Nullable
        String orgUnitId,
    @Schema(description = "optional; must be the caller's own tenant") @Nullable String tenant) {}
