package vn.eqip.registry.schools;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record RenameSchoolRequest(
    @NotBlank(message = "Tên trường không được để trống")
        @Size(max = 255, message = "Tên trường tối đa 255 ký tự")
        String name) {}
