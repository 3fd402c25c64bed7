package vn.eqip.gateway.home;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Where each service's OpenAPI document is, through the gateway. */
@Serdeable
public record ApiDocs(List<Entry> services) {

  @Serdeable
  public record Entry(String name, String url) {}
}
