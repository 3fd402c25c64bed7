package vn.eqip.registry;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "EQIP registry-service",
            version = "0.1",
            description = "Tenants, org tree, schools, criteria catalogs"))
public class RegistryApplication {
  public static void main(String[] args) {
    Micronaut.run(RegistryApplication.class, args);
  }
}
