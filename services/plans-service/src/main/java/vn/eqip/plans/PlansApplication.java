package vn.eqip.plans;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "EQIP plans-service",
            version = "0.1",
            description = "Self-assessments, improvement plans and their review"))
public class PlansApplication {
  public static void main(String[] args) {
    Micronaut.run(PlansApplication.class, args);
  }
}
