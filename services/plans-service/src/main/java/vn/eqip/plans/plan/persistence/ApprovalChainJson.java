package vn.eqip.plans.plan.persistence;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.eqip.plans.plan.domain.ApprovalChain;

/** The stored form of a submission's approval chain (plan.approval_chain_json). */
@Serdeable
public record ApprovalChainJson(List<Step> steps) {

  @Serdeable
  public record Step(String orgUnitId, String name) {}

  static ApprovalChainJson of(ApprovalChain chain) {
    return new ApprovalChainJson(
        chain.steps().stream().map(s -> new Step(s.orgUnitId(), s.name())).toList());
  }

  ApprovalChain toDomain() {
    return new ApprovalChain(
        steps == null
            ? List.of()
            : steps.stream().map(s -> new ApprovalChain.Step(s.orgUnitId(), s.name())).toList());
  }

  /** The chain stored in a column; null (a plan never submitted) is the default chain. */
  public static ApprovalChain read(JsonMapper json, String stored) {
    if (stored == null) {
      return ApprovalChain.ANY_REVIEWER_IN_SCOPE;
    }
    try {
      return json.readValue(stored, ApprovalChainJson.class).toDomain();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
