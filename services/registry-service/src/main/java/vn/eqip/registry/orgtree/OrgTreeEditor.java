package vn.eqip.registry.orgtree;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.Problem.FieldError;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.events.RegistryEvents;

/**
 * Changes the org tree (dept-admin) within the caller's subtree: create, rename, move a subtree,
 * close. Each change keeps the membership history and publishes OrgUnitRegistered for every node
 * whose snapshot changed, in the same transaction. Schools are created and renamed through the
 * schools API; they move and close like any node here only by move (their status is the school's).
 */
@Singleton
public class OrgTreeEditor {

  private static final Set<OrgUnitKind> CREATABLE =
      Set.of(OrgUnitKind.DISTRICT_OFFICE, OrgUnitKind.COMMUNE_OFFICE, OrgUnitKind.CLUSTER);

  private final OrgUnitRepository units;
  private final OrgScope scope;
  private final OrgUnitHistory history;
  private final Outbox outbox;
  private final List<SubtreeMoveListener> moveListeners;

  public OrgTreeEditor(
      OrgUnitRepository units,
      OrgScope scope,
      OrgUnitHistory history,
      Outbox outbox,
      List<SubtreeMoveListener> moveListeners) {
    this.units = units;
    this.scope = scope;
    this.history = history;
    this.outbox = outbox;
    this.moveListeners = moveListeners;
  }

  @Transactional
  public OrgUnit create(Caller caller, OrgUnitRequests.Create request) {
    OrgUnitKind kind = kindOf(request.kind());
    String name = name(request.name());
    OrgUnit parent = activeContainer(caller, request.parentId(), "parentId");
    OrgUnit unit = units.save(parent.child(UUID.randomUUID().toString(), kind, name));
    history.joined(unit, LocalDate.now());
    publish(unit);
    return unit;
  }

  @Transactional
  public OrgUnit rename(Caller caller, String id, OrgUnitRequests.Rename request) {
    String name = name(request.name());
    OrgUnit unit = visible(caller, id);
    if (unit.kind() == OrgUnitKind.SCHOOL) {
      throw ProblemException.conflict(
          "school-node",
          "Đổi tên trường qua PATCH /api/registry/schools/{id} (rename schools there).");
    }
    units.rename(caller.tenantId(), id, name);
    OrgUnit renamed = unit.withName(name);
    publish(renamed);
    return renamed;
  }

  /**
   * Moves {@code id} and its whole subtree under {@code newParentId}: every path of the subtree is
   * rewritten in this one transaction; moving a unit under itself or its own descendant is refused.
   */
  @Transactional
  public OrgUnit move(Caller caller, String id, OrgUnitRequests.Move request) {
    OrgUnit unit = visible(caller, id);
    if (unit.parentId() == null || unit.id().equals(caller.orgUnitId())) {
      throw ProblemException.conflict(
          "move-root", "Không thể chuyển đơn vị gốc của bạn (the root cannot be moved).");
    }
    if (!unit.active()) {
      throw ProblemException.conflict("closed", "Đơn vị đã đóng, không thể chuyển.");
    }
    OrgUnit parent = activeContainer(caller, request.newParentId(), "newParentId");
    if (parent.path().startsWith(unit.path())) {
      throw invalid(
          "newParentId",
          "Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó"
              + " (cannot move a unit under its own descendant).");
    }
    if (parent.id().equals(unit.parentId())) {
      return unit;
    }
    String oldPath = unit.path();
    String newPath = parent.path() + unit.id() + "/";
    units.rewritePaths(caller.tenantId(), OrgScope.escapeLike(oldPath) + "%", oldPath, newPath);
    units.reparent(caller.tenantId(), unit.id(), parent.id());
    LocalDate today = LocalDate.now();
    history.left(unit, today);
    OrgUnit moved = units.findByTenantIdAndId(caller.tenantId(), unit.id()).orElseThrow();
    history.joined(moved, today);
    List<OrgUnit> subtree =
        units.findByTenantIdAndPathLikeOrderByPath(
            caller.tenantId(), OrgScope.escapeLike(newPath) + "%");
    subtree.forEach(this::publish);
    moveListeners.forEach(listener -> listener.subtreeMoved(moved, subtree));
    return moved;
  }

  /** Closes a unit that has no active unit or school under it. */
  @Transactional
  public OrgUnit close(Caller caller, String id, OrgUnitRequests.Close request) {
    OrgUnit unit = visible(caller, id);
    if (unit.parentId() == null || unit.id().equals(caller.orgUnitId())) {
      throw ProblemException.conflict("close-root", "Không thể đóng đơn vị gốc của bạn.");
    }
    if (unit.kind() == OrgUnitKind.SCHOOL) {
      throw ProblemException.conflict(
          "school-node",
          "Trường giải thể hoặc sáp nhập qua trạng thái của trường (PATCH /api/registry/schools).");
    }
    if (!unit.active()) {
      return unit;
    }
    if (units.countActiveChildren(caller.tenantId(), id) > 0) {
      throw ProblemException.conflict(
          "not-empty",
          "Đơn vị còn đơn vị hoặc trường trực thuộc đang hoạt động: hãy chuyển hoặc đóng chúng"
              + " trước.");
    }
    LocalDate on = date(request == null ? null : request.closedOn());
    units.close(caller.tenantId(), id, on);
    history.left(unit, on);
    OrgUnit closed = unit.closed(on);
    publish(closed);
    return closed;
  }

  private OrgUnit visible(Caller caller, String id) {
    return scope.unit(caller, id).orElseThrow(() -> ProblemException.notFound("đơn vị " + id));
  }

  private OrgUnit activeContainer(Caller caller, String id, String field) {
    if (id == null || id.isBlank()) {
      throw invalid(field, "Cần đơn vị cấp trên");
    }
    OrgUnit parent =
        scope
            .unit(caller, id)
            .orElseThrow(
                () -> invalid(field, "Không tìm thấy đơn vị " + id + " trong phạm vi của bạn"));
    if (parent.kind() == OrgUnitKind.SCHOOL || !parent.active()) {
      throw invalid(field, "Đơn vị cấp trên phải đang hoạt động và không phải là trường");
    }
    return parent;
  }

  private static OrgUnitKind kindOf(String kind) {
    try {
      OrgUnitKind k = OrgUnitKind.valueOf(kind == null ? "" : kind.trim());
      if (CREATABLE.contains(k)) {
        return k;
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw invalid(
        "kind",
        "Loại đơn vị phải là DISTRICT_OFFICE, COMMUNE_OFFICE hoặc CLUSTER (trường tạo qua"
            + " /api/registry/schools)");
  }

  private static String name(String name) {
    if (name == null || name.isBlank()) {
      throw invalid("name", "Tên đơn vị không được để trống");
    }
    if (name.trim().length() > 255) {
      throw invalid("name", "Tên đơn vị tối đa 255 ký tự");
    }
    return name.trim();
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw invalid("closedOn", "Ngày đóng phải có dạng 2025-07-01: \"" + text + "\"");
    }
  }

  private static ProblemException invalid(String field, String message) {
    return ProblemException.invalid(
        "Thông tin đơn vị chưa hợp lệ.", List.of(new FieldError(field, message)));
  }

  private void publish(OrgUnit unit) {
    outbox.append(
        unit.tenantId(),
        RegistryEvents.ORG_UNIT_REGISTERED,
        1,
        unit.id(),
        RegistryEvents.OrgUnitChanged.of(unit));
  }
}
