package vn.eqip.registry.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.registry.schools.SchoolLevel;

class LevelCellTest {

  @Test
  void one_level_by_label_abbreviation_or_code() {
    for (String text : List.of("Tiểu học", "tieu hoc", "TH", "PRIMARY")) {
      assertEquals(SchoolLevel.PRIMARY, LevelCell.parse(text).orElseThrow().level(), text);
    }
    assertEquals(SchoolLevel.LOWER_SECONDARY, LevelCell.parse("THCS").orElseThrow().level());
  }

  @Test
  void several_levels_make_a_multi_level_school_and_format_back_the_same() {
    LevelCell cell = LevelCell.parse("Tiểu học, THCS").orElseThrow();
    assertEquals(SchoolLevel.MULTI_LEVEL, cell.level());
    assertEquals(List.of(SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY), cell.includedLevels());
    String written = LevelCell.format(cell.level(), cell.includedLevels());
    assertEquals("Tiểu học, Trung học cơ sở", written);
    assertEquals(cell, LevelCell.parse(written).orElseThrow());
  }

  @Test
  void an_unknown_part_makes_the_whole_cell_unknown() {
    assertTrue(LevelCell.parse("Tiểu học, Đại học").isEmpty());
    assertTrue(LevelCell.parse("Đại học").isEmpty());
    assertTrue(LevelCell.parse("Tiểu học + Phổ thông nhiều cấp học").isEmpty());
  }
}
