package vn.eqip.registry.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchoolNamesTest {

  @Test
  void folding_removes_diacritics_and_turns_d_with_stroke_into_d() {
    assertEquals(
        "truong ptdtbt tieu hoc xa he muong",
        SchoolNames.fold("Trường PTDTBT  Tiểu học xã Hẹ Muông"));
    assertEquals("dinh phuoc", SchoolNames.fold("ĐỊNH Phước"));
    assertEquals(SchoolNames.fold("hẹ muông"), SchoolNames.fold("he muong"));
  }

  @Test
  void levels_and_types_are_found_by_code_or_vietnamese_label() {
    assertEquals(SchoolLevel.PRIMARY, SchoolLevel.find("Tiểu học").orElseThrow());
    assertEquals(SchoolLevel.LOWER_SECONDARY, SchoolLevel.find("trung hoc co so").orElseThrow());
    assertEquals(SchoolType.PTDTBT, SchoolType.find("ptdtbt").orElseThrow());
    assertTrue(SchoolLevel.find("Đại học").isEmpty());
  }

  static SchoolRequest request(Map<String, Object> fields) {
    return new SchoolRequest(
        (String) fields.get("code"),
        (String) fields.get("name"),
        (String) fields.get("level"),
        castList(fields.get("includedLevels")),
        (String) fields.get("type"),
        null,
        null,
        null,
        (String) fields.get("phone"),
        null,
        (String) fields.get("status"),
        null,
        (String) fields.get("closedOn"),
        (String) fields.get("mergedIntoId"));
  }

  @SuppressWarnings("unchecked")
  static List<String> castList(Object o) {
    return (List<String>) o;
  }

  @Test
  void a_multi_level_school_needs_two_levels_and_other_levels_take_none() {
    var ok =
        SchoolValidator.validate(
            request(
                Map.of(
                    "code", "X1",
                    "name", "Trường TH&THCS A",
                    "level", "MULTI_LEVEL",
                    "includedLevels", List.of("PRIMARY", "LOWER_SECONDARY"),
                    "type", "CONG_LAP")));
    assertTrue(ok.valid(), ok.errors().toString());
    assertEquals(
        List.of(SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY), ok.details().includedLevels());

    var one =
        SchoolValidator.validate(
            request(
                Map.of(
                    "code", "X1",
                    "name", "A",
                    "level", "MULTI_LEVEL",
                    "includedLevels", List.of("PRIMARY"),
                    "type", "CONG_LAP")));
    assertFalse(one.valid());
    assertEquals("includedLevels", one.errors().get(0).field());
  }

  @Test
  void every_wrong_field_is_named_at_once() {
    var result =
        SchoolValidator.validate(
            request(
                Map.of(
                    "code", "mã có dấu",
                    "level", "DAI_HOC",
                    "type", "?",
                    "phone", "abc",
                    "status", "MERGED")));
    assertEquals(
        List.of("code", "name", "level", "type", "phone", "closedOn", "mergedIntoId"),
        result.errors().stream().map(e -> e.field()).toList());
  }
}
