package vn.eqip.platform.tenancy;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;

/**
 * Lets controllers declare a {@link Caller} parameter. The caller comes from the authenticated
 * token; an anonymous request is refused with 401 and a token without tenant with 403.
 */
@Singleton
public class CallerArgumentBinder implements TypedRequestArgumentBinder<Caller> {

  private static final Argument<Caller> TYPE = Argument.of(Caller.class);

  @Override
  public Argument<Caller> argumentType() {
    return TYPE;
  }

  @Override
  public BindingResult<Caller> bind(
      ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
    Authentication authentication =
        source
            .getUserPrincipal(Authentication.class)
            .orElseThrow(() -> new AuthorizationException(null));
    Caller caller = Callers.from(authentication);
    return () -> java.util.Optional.of(caller);
  }
}
