package vn.eqip.monitoring;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "EQIP monitoring-service",
            version = "0.1",
            description =
                "Progress of approved plans: tracked actions, progress reports, leads, evidence"
                    + " files, due states and daily reminders"))
public class MonitoringApplication {
  public static void main(String[] args) {
    Micronaut.run(MonitoringApplication.class, args);
  }
}
