package vn.eqip.plans.plan.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two submitted versions of a plan, for the reviewer: the document fields
 * around the table, and the table row by row (rows and actions keep their ids across versions). A
 * row is ADDED, REMOVED, CHANGED (its target or actions) or only MOVED; {@code moved} marks a row
 * whose place among the rows of both versions changed (the fewest rows that explain the new order,
 * so that removing one row does not mark every later row as moved).
 */
public record PlanDiff(int version, int against, List<FieldChange> document, List<RowChange> rows) {

  public enum Change {
    ADDED,
    REMOVED,
    CHANGED,
    MOVED
  }

  /** One field, with the label users know it by, before and after (null when empty). */
  public record FieldChange(String field, String label, String before, String after) {}

  public record ActionChange(String actionId, Change change, List<FieldChange> fields) {}

  /** {@code fromNo}/{@code toNo}: the row's TT in the older and newer version (null if absent). */
  public record RowChange(
      String rowId,
      String label,
      Change change,
      boolean moved,
      Integer fromNo,
      Integer toNo,
      List<FieldChange> fields,
      List<ActionChange> actions) {}

  /** The differences from {@code older} to {@code newer}; {@code older} null: everything added. */
  public static PlanDiff between(PlanVersion older, PlanVersion newer) {
    PlanDocument before = older == null ? PlanDocument.EMPTY : older.document();
    List<PlanRow> oldRows = older == null ? List.of() : older.rows();
    return new PlanDiff(
        newer.number(),
        older == null ? 0 : older.number(),
        documentChanges(before, newer.document()),
        rowChanges(oldRows, newer.rows()));
  }

  public long count(Change change) {
    return rows.stream().filter(r -> r.change() == change).count();
  }

  private static final Map<String, Function<PlanDocument, Object>> DOCUMENT_FIELDS =
      new LinkedHashMap<>();
  private static final Map<String, String> LABELS = new HashMap<>();

  static {
    document("superiorBody", "Cơ quan chủ quản", PlanDocument::superiorBody);
    document("schoolName", "Tên trường", PlanDocument::schoolName);
    document("abbreviation", "Chữ viết tắt", PlanDocument::abbreviation);
    document("place", "Địa danh", PlanDocument::place);
    document("issuedOn", "Ngày ban hành", PlanDocument::issuedOn);
    document("title", "Tên kế hoạch", PlanDocument::title);
    document("purposes", "I. Mục đích, yêu cầu", PlanDocument::purposes);
    document("legalBases", "II. Căn cứ xây dựng kế hoạch", PlanDocument::legalBases);
    document("orientation", "Chủ trương, định hướng", PlanDocument::orientation);
    document(
        "implementation",
        "IV. Tổ chức thực hiện",
        d ->
            d.implementation().stream()
                .map(r -> r.role() + (r.duties() == null ? "" : ": " + r.duties()))
                .toList());
    document("recipients", "Nơi nhận", PlanDocument::recipients);
    document("signerTitle", "Chức vụ người ký", PlanDocument::signerTitle);
    document("signerName", "Người ký", PlanDocument::signerName);
  }

  private static void document(String field, String label, Function<PlanDocument, Object> get) {
    DOCUMENT_FIELDS.put(field, get);
    LABELS.put(field, label);
  }

  private static List<FieldChange> documentChanges(PlanDocument before, PlanDocument after) {
    List<FieldChange> changes = new ArrayList<>();
    DOCUMENT_FIELDS.forEach(
        (field, get) ->
            change(
                changes,
                field,
                LABELS.get(field),
                text(get.apply(before)),
                text(get.apply(after))));
    return changes;
  }

  private static List<RowChange> rowChanges(List<PlanRow> oldRows, List<PlanRow> newRows) {
    Map<String, Integer> oldIndex = new HashMap<>();
    for (int i = 0; i < oldRows.size(); i++) {
      oldIndex.put(oldRows.get(i).rowId(), i);
    }
    Set<String> newIds = new HashSet<>();
    newRows.forEach(r -> newIds.add(r.rowId()));
    Set<String> moved = movedRows(newRows, oldIndex);
    List<RowChange> changes = new ArrayList<>();
    for (int i = 0; i < newRows.size(); i++) {
      PlanRow row = newRows.get(i);
      Integer from = oldIndex.get(row.rowId());
      if (from == null) {
        changes.add(
            new RowChange(
                row.rowId(),
                row.label(),
                Change.ADDED,
                false,
                null,
                i + 1,
                rowFields(null, row),
                row.actions().stream()
                    .map(a -> new ActionChange(a.actionId(), Change.ADDED, actionFields(null, a)))
                    .toList()));
        continue;
      }
      PlanRow old = oldRows.get(from);
      List<FieldChange> fields = rowFields(old, row);
      List<ActionChange> actions = actionChanges(old.actions(), row.actions());
      boolean isMoved = moved.contains(row.rowId());
      if (!fields.isEmpty() || !actions.isEmpty() || isMoved) {
        changes.add(
            new RowChange(
                row.rowId(),
                row.label(),
                fields.isEmpty() && actions.isEmpty() ? Change.MOVED : Change.CHANGED,
                isMoved,
                from + 1,
                i + 1,
                fields,
                actions));
      }
    }
    for (int i = 0; i < oldRows.size(); i++) {
      PlanRow old = oldRows.get(i);
      if (!newIds.contains(old.rowId())) {
        changes.add(
            new RowChange(
                old.rowId(),
                old.label(),
                Change.REMOVED,
                false,
                i + 1,
                null,
                rowFields(old, null),
                old.actions().stream()
                    .map(a -> new ActionChange(a.actionId(), Change.REMOVED, actionFields(a, null)))
                    .toList()));
      }
    }
    return changes;
  }

  /**
   * The rows kept in both versions that are not in a longest run keeping their old order; of two
   * equally long runs, the one whose rows travelled least stays (the row the user dragged is the
   * moved one).
   */
  private static Set<String> movedRows(List<PlanRow> newRows, Map<String, Integer> oldIndex) {
    List<String> kept = new ArrayList<>();
    List<Integer> travel = new ArrayList<>();
    for (int i = 0; i < newRows.size(); i++) {
      String id = newRows.get(i).rowId();
      if (oldIndex.containsKey(id)) {
        kept.add(id);
        travel.add(Math.abs(oldIndex.get(id) - i));
      }
    }
    int n = kept.size();
    int[] length = new int[n];
    int[] cost = new int[n];
    int[] previous = new int[n];
    int best = -1;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      cost[i] = travel.get(i);
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        if (oldIndex.get(kept.get(j)) < oldIndex.get(kept.get(i))
            && better(length[j] + 1, cost[j] + travel.get(i), length[i], cost[i])) {
          length[i] = length[j] + 1;
          cost[i] = cost[j] + travel.get(i);
          previous[i] = j;
        }
      }
      if (best < 0 || better(length[i], cost[i], length[best], cost[best])) {
        best = i;
      }
    }
    Set<String> inOrder = new HashSet<>();
    for (int i = best; i >= 0; i = previous[i]) {
      inOrder.add(kept.get(i));
    }
    Set<String> moved = new HashSet<>(kept);
    moved.removeAll(inOrder);
    return moved;
  }

  private static boolean better(int length, int cost, int thanLength, int thanCost) {
    return length > thanLength || (length == thanLength && cost < thanCost);
  }

  private static List<FieldChange> rowFields(PlanRow before, PlanRow after) {
    List<FieldChange> changes = new ArrayList<>();
    change(
        changes,
        "criterion",
        "Tiêu chuẩn, tiêu chí",
        before == null ? null : before.label(),
        after == null ? null : after.label());
    change(
        changes,
        "target",
        "Kết quả cần đạt",
        before == null ? null : before.target(),
        after == null ? null : after.target());
    return changes;
  }

  private static List<ActionChange> actionChanges(List<PlanAction> before, List<PlanAction> after) {
    Map<String, PlanAction> old = new LinkedHashMap<>();
    before.forEach(a -> old.put(a.actionId(), a));
    List<ActionChange> changes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PlanAction a : after) {
      seen.add(a.actionId());
      PlanAction previous = old.get(a.actionId());
      if (previous == null) {
        changes.add(new ActionChange(a.actionId(), Change.ADDED, actionFields(null, a)));
      } else {
        List<FieldChange> fields = actionFields(previous, a);
        if (!fields.isEmpty()) {
          changes.add(new ActionChange(a.actionId(), Change.CHANGED, fields));
        }
      }
    }
    old.values().stream()
        .filter(a -> !seen.contains(a.actionId()))
        .forEach(
            a ->
                changes.add(new ActionChange(a.actionId(), Change.REMOVED, actionFields(a, null))));
    return changes;
  }

  private static List<FieldChange> actionFields(PlanAction before, PlanAction after) {
    List<FieldChange> changes = new ArrayList<>();
    change(
        changes,
        "description",
        "Công việc/giải pháp",
        get(before, PlanAction::description),
        get(after, PlanAction::description));
    change(changes, "lead", "Chủ trì", get(before, PlanAction::lead), get(after, PlanAction::lead));
    change(
        changes,
        "partners",
        "Phối hợp",
        get(before, PlanAction::partners),
        get(after, PlanAction::partners));
    change(
        changes,
        "timeline",
        "Thời gian thực hiện",
        get(before, PlanAction::timeline),
        get(after, PlanAction::timeline));
    change(
        changes,
        "budget",
        "Dự kiến kinh phí",
        get(before, PlanAction::budget),
        get(after, PlanAction::budget));
    return changes;
  }

  private static String get(PlanAction action, Function<PlanAction, String> field) {
    return action == null ? null : field.apply(action);
  }

  private static void change(
      List<FieldChange> changes, String field, String label, String before, String after) {
    String b = blankToNull(before);
    String a = blankToNull(after);
    if (!Objects.equals(b, a)) {
      changes.add(new FieldChange(field, label, b, a));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** A list is shown one item a line; a date as ISO. */
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? null : String.join("\n", list.stream().map(String::valueOf).toList());
    }
    return value.toString();
  }
}
