package vn.eqip.monitoring.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import vn.eqip.monitoring.actions.ActionStatus;
import vn.eqip.monitoring.actions.ActionView;

/** One action and the history of its progress reports (oldest first). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ActionDetail(ActionView action, List<Note> notes) {

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Note(
      String id,
      ActionStatus status,
      int percentDone,
      @Nullable Long moneySpent,
      @Nullable String note,
      String author,
      Instant createdAt) {

    static Note of(ProgressNote n) {
      return new Note(
          n.id(), n.status(), n.percentDone(), n.moneySpent(), n.note(), n.author(), n.createdAt());
    }
  }
}
