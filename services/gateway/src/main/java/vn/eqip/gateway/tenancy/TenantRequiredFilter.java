package vn.eqip.gateway.tenancy;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import org.reactivestreams.Publisher;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Callers;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.platform.web.Problems;

/**
 * Runs right after Micronaut Security: an authenticated API call whose token names no tenant (or no
 * org unit), or names a suspended tenant, stops here with 403 problem+json, before anything is
 * forwarded. Anonymous calls reaching this point are the public ones (OpenAPI documents), which
 * security already let through.
 */
@Filter("/api/**")
public class TenantRequiredFilter implements HttpServerFilter {

  private final SuspendedTenants suspended;

  public TenantRequiredFilter(SuspendedTenants suspended) {
    this.suspended = suspended;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(
      HttpRequest<?> request, ServerFilterChain chain) {
    Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
    if (authentication.isPresent()) {
      try {
        Caller caller = Callers.from(authentication.get());
        if (suspended.contains(caller.tenantId())) {
          return Publishers.just(
              Problems.response(
                  request,
                  HttpStatus.FORBIDDEN,
                  "tenant-suspended",
                  "Đơn vị đang bị tạm ngừng sử dụng (Tenant suspended)",
                  "Sở GD&ĐT \""
                      + caller.tenantId()
                      + "\" đang bị tạm ngừng sử dụng hệ thống; dữ liệu vẫn được giữ nguyên. Liên"
                      + " hệ quản trị nền tảng.",
                  null));
        }
      } catch (ProblemException refused) {
        return Publishers.just(
            Problems.response(
                request,
                refused.status(),
                refused.type(),
                refused.title(),
                refused.getMessage(),
                refused.errors()));
      }
    }
    return chain.proceed(request);
  }
}
