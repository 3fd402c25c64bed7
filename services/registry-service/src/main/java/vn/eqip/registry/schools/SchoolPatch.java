package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A partial edit (PATCH): only the fields present change. A blank {@code name} stays a 400 as
 * before (the rename this endpoint started as); other wrong values are a 422 naming the field.
 */
@Serdeable
public record SchoolPatch(
    @Nullable String code,
    @Nullable
        @Pattern(regexp = "(?s).*\\S.*", message = "Tên trường không được để trống")
        @Size(max = 255, message = "Tên trường tối đa 255 ký tự")
        String name,
    @Nullable String level,
    @Nullable List<String> includedLevels,
    @Nullable String type,
    @Nullable String commune,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String principalName,
    @Nullable String status,
    @Nullable String openedOn,
    @Nullable String closedOn,
    @Nullable String mergedIntoId) {}
