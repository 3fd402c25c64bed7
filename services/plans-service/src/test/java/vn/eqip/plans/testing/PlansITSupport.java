package vn.eqip.plans.testing;

import java.util.HashMap;
import java.util.Map;
import vn.eqip.platform.testing.ConsumerTestSupport;

/**
 * Base of plans-service's ITs: a real database and broker, a queue of the run's own with the demo
 * org trees applied through the real consumer (the reviewers' scopes of the plan list), and events
 * kept in the outbox so that tests can read them.
 */
public abstract class PlansITSupport extends ConsumerTestSupport {

  @Override
  protected Map<String, String> extraProperties() {
    Map<String, String> props = new HashMap<>(super.extraProperties());
    props.put("eqip.messaging.relay-enabled", "false");
    return props;
  }
}
