package vn.eqip.platform.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
public class ProblemExceptionHandler
    implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ProblemException e) {
    return Problems.response(request, e.status(), e.type(), e.title(), e.getMessage(), e.errors());
  }
}
