package vn.eqip.monitoring.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock of the service (tests replace it with a fixed one). */
@Factory
public class ClockFactory {

  @Singleton
  public Clock clock() {
    return Clock.systemUTC();
  }
}
