package vn.eqip.reporting;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "EQIP reporting-service",
            version = "0.1",
            description = "Read models fed by events: roll-ups of plans and assessments"))
public class ReportingApplication {
  public static void main(String[] args) {
    Micronaut.run(ReportingApplication.class, args);
  }
}
