package vn.eqip.monitoring.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.platform.outbox.OutboxRelay;

/**
 * Services append several events per transaction while the relay drains the outbox: every append
 * commits (no deadlock with the relay's locking read) and every event is published once.
 */
@MicronautTest(transactional = false)
class OutboxUnderLoadIT extends MonitoringTestBase {

  @Inject Outbox outbox;
  @Inject OutboxRelay relay;
  @Inject TransactionOperations<Connection> tx;

  @Test
  void appending_many_events_per_transaction_while_the_relay_runs_never_deadlocks()
      throws Exception {
    String aggregate = "load-" + UUID.randomUUID();
    int writers = 6;
    int transactionsEach = 15;
    int eventsPerTransaction = 3;
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    Future<?> relaying =
        pool.submit(
            () -> {
              while (writing.get()) {
                relay.publishBatch();
              }
              return null;
            });
    List<Future<?>> writes = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      writes.add(
          pool.submit(
              () -> {
                for (int t = 0; t < transactionsEach; t++) {
                  tx.executeWrite(
                      status -> {
                        for (int e = 0; e < eventsPerTransaction; e++) {
                          outbox.append("dienbien", "LoadTested", 1, aggregate, Map.of("n", e));
                          Thread.sleep(2);
                        }
                        return null;
                      });
                }
                return null;
              }));
    }
    for (Future<?> write : writes) {
      write.get(2, TimeUnit.MINUTES); // a deadlock surfaces here as an ExecutionException
    }
    writing.set(false);
    relaying.get(1, TimeUnit.MINUTES);
    while (relay.publishBatch() > 0) {
      // drain what the last writers left
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

    long total = (long) writers * transactionsEach * eventsPerTransaction;
    assertEquals(
        total, db.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?", aggregate));
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND published_at IS NULL",
            aggregate));
  }
}
