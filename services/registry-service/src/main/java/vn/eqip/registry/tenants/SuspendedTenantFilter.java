package vn.eqip.registry.tenants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import vn.eqip.platform.tenancy.TokenClaims;
import vn.eqip.platform.web.Problems;

/**
 * Refuses every request of a suspended tenant's users with 403 {@code tenant-suspended}, after the
 * token was validated. The tenant's data stays; a resumption lets them in again.
 */
@ServerFilter("/api/registry/**")
public class SuspendedTenantFilter implements Ordered {

  private final SuspendedTenants suspended;

  public SuspendedTenantFilter(SuspendedTenants suspended) {
    this.suspended = suspended;
  }

  @RequestFilter
  @Nullable
  public HttpResponse<?> refuseSuspended(HttpRequest<?> request) {
    Object tenant =
        request
            .getUserPrincipal(Authentication.class)
            .map(a -> a.getAttributes().get(TokenClaims.TENANT))
            .orElse(null);
    if (tenant instanceof String id && suspended.contains(id)) {
      return Problems.response(
          request,
          HttpStatus.FORBIDDEN,
          "tenant-suspended",
          "Đơn vị đang bị tạm ngừng sử dụng (Tenant suspended)",
          "Sở GD&ĐT \""
              + id
              + "\" đang bị tạm ngừng sử dụng hệ thống; dữ liệu vẫn được giữ nguyên. Liên hệ"
              + " quản trị nền tảng.",
          null);
    }
    return null;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
