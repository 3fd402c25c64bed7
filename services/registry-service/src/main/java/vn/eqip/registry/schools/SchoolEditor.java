package vn.eqip.registry.schools;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.Problem.FieldError;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.events.RegistryEvents;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.orgtree.OrgUnitHistory;
import vn.eqip.registry.orgtree.OrgUnitKind;
import vn.eqip.registry.orgtree.OrgUnitRepository;

/**
 * Creates and edits schools (dept-admin) within the caller's subtree. A school is written with its
 * org tree node and its event in one transaction.
 */
@Singleton
public class SchoolEditor {

  private final SchoolRepository schools;
  private final OrgUnitRepository units;
  private final OrgUnitHistory history;
  private final SchoolDirectory directory;
  private final Outbox outbox;

  public SchoolEditor(
      SchoolRepository schools,
      OrgUnitRepository units,
      OrgUnitHistory history,
      SchoolDirectory directory,
      Outbox outbox) {
    this.schools = schools;
    this.units = units;
    this.history = history;
    this.directory = directory;
    this.outbox = outbox;
  }

  /** A new school under an active, non-school org unit of the caller's subtree. */
  @Transactional
  public SchoolView create(Caller caller, SchoolRequest request) {
    SchoolDetails details = valid(caller, request, null);
    OrgUnit parent = parentFor(caller, request.orgUnitId());
    checkCodeFree(caller.tenantId(), details.code(), null);
    String id = UUID.randomUUID().toString();
    OrgUnit node = units.save(parent.child(id, OrgUnitKind.SCHOOL, details.name()));
    history.joined(node, LocalDate.now());
    outbox.append(
        caller.tenantId(),
        RegistryEvents.ORG_UNIT_REGISTERED,
        1,
        id,
        RegistryEvents.OrgUnitChanged.of(node));
    School school =
        School.basic(
                id,
                caller.tenantId(),
                details.code(),
                details.name(),
                details.level(),
                details.type().name(),
                parent.id())
            .with(details);
    write(() -> schools.save(school), details.code());
    publish(RegistryEvents.SCHOOL_REGISTERED, school, node);
    return directory.view(school);
  }

  /** Replaces every editable field (PUT). The org unit changes only through a move. */
  @Transactional
  public SchoolView update(Caller caller, String id, SchoolRequest request) {
    School current = directory.visibleSchool(caller, id);
    return save(caller, current, valid(caller, request, current));
  }

  /** Changes the fields present (PATCH). */
  @Transactional
  public SchoolView patch(Caller caller, String id, SchoolPatch patch) {
    School current = directory.visibleSchool(caller, id);
    return save(caller, current, valid(caller, SchoolRequest.of(current).overlay(patch), current));
  }

  private SchoolView save(Caller caller, School current, SchoolDetails details) {
    checkCodeFree(caller.tenantId(), details.code(), current.id());
    School changed = current.with(details);
    write(() -> schools.update(changed), details.code());
    OrgUnit node = units.findByTenantIdAndId(caller.tenantId(), current.id()).orElseThrow();
    if (!node.name().equals(changed.name())) {
      units.rename(caller.tenantId(), node.id(), changed.name());
      node = node.withName(changed.name());
      outbox.append(
          caller.tenantId(),
          RegistryEvents.ORG_UNIT_REGISTERED,
          1,
          node.id(),
          RegistryEvents.OrgUnitChanged.of(node));
    }
    publish(RegistryEvents.SCHOOL_UPDATED, changed, node);
    return directory.view(changed);
  }

  private void publish(String type, School school, OrgUnit node) {
    outbox.append(
        school.tenantId(),
        type,
        1,
        school.id(),
        RegistryEvents.SchoolChanged.of(school, node.path(), directory.frameworkOf(school)));
  }

  private SchoolDetails valid(Caller caller, SchoolRequest request, School current) {
    SchoolValidator.Result result = SchoolValidator.validate(request);
    List<FieldError> errors = new ArrayList<>(result.errors());
    if (result.valid() && result.details().mergedIntoId() != null) {
      String target = result.details().mergedIntoId();
      boolean self = current != null && current.id().equals(target);
      boolean visible =
          directory
              .visibleUnit(caller, target)
              .filter(u -> u.kind() == OrgUnitKind.SCHOOL)
              .isPresent();
      if (self || !visible) {
        errors.add(
            new FieldError(
                "mergedIntoId",
                self
                    ? "Trường không thể sáp nhập vào chính nó"
                    : "Không tìm thấy trường được sáp nhập vào: " + target));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid("Thông tin trường chưa hợp lệ.", errors);
    }
    return result.details();
  }

  private OrgUnit parentFor(Caller caller, String orgUnitId) {
    if (orgUnitId == null || orgUnitId.isBlank()) {
      throw ProblemException.invalid(
          "Thông tin trường chưa hợp lệ.",
          List.of(new FieldError("orgUnitId", "Cần đơn vị quản lý của trường")));
    }
    OrgUnit parent =
        directory
            .visibleUnit(caller, orgUnitId)
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        "Thông tin trường chưa hợp lệ.",
                        List.of(
                            new FieldError(
                                "orgUnitId",
                                "Không tìm thấy đơn vị quản lý "
                                    + orgUnitId
                                    + " trong phạm vi của bạn"))));
    if (parent.kind() == OrgUnitKind.SCHOOL || !parent.active()) {
      throw ProblemException.invalid(
          "Thông tin trường chưa hợp lệ.",
          List.of(
              new FieldError(
                  "orgUnitId",
                  "Đơn vị quản lý phải là một đơn vị đang hoạt động, không phải trường")));
    }
    return parent;
  }

  /** A unique key hit by a concurrent write with the same code is the same 409 as the check. */
  private static void write(Runnable statement, String code) {
    try {
      statement.run();
    } catch (DataAccessException e) {
      if (String.valueOf(e.getMessage()).contains("uq_school_tenant_code")) {
        throw ProblemException.conflict(
            "duplicate-school-code", "Mã trường " + code + " vừa được dùng cho một trường khác.");
      }
      throw e;
    }
  }

  private void checkCodeFree(String tenantId, String code, String ownId) {
    schools
        .findByTenantIdAndCode(tenantId, code)
        .filter(other -> !other.id().equals(ownId))
        .ifPresent(
            other -> {
              throw ProblemException.conflict(
                  "duplicate-school-code",
                  "Mã trường " + code + " đã được dùng cho \"" + other.name() + "\".");
            });
  }
}
