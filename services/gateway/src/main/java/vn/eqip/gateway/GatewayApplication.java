package vn.eqip.gateway;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "EQIP gateway",
            version = "0.1",
            description = "Single entry point: token checks, routing to the services, health"))
public class GatewayApplication {
  public static void main(String[] args) {
    Micronaut.run(GatewayApplication.class, args);
  }
}
