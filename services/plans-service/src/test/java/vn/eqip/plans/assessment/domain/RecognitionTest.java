package vn.eqip.plans.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.assessment.domain.AccreditationPrecondition.COHORT_COMPLETED;
import static vn.eqip.plans.assessment.domain.AccreditationPrecondition.OPERATING_FIVE_YEARS;
import static vn.eqip.plans.assessment.domain.AssessmentKind.EXTERNAL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Điều 34 (Cấp độ) and Điều 37 (chuẩn quốc gia Mức độ), with their precondition. */
class RecognitionTest {

  static final SchoolFacts COHORT = new SchoolFacts(true, null);

  @ParameterizedTest(
      name = "external evaluation at Mức {0} → Cấp độ {1}, chuẩn quốc gia Mức độ {2}")
  @CsvSource(
      nullValues = "-",
      value = {"0, -, -", "1, 1, -", "2, 2, 1", "3, 3, 2", "4, 4, 2"})
  void the_grade_is_the_external_level_and_national_standard_needs_level_2(
      int overall, Integer grade, Integer national) {
    Recognition r = Recognition.of(EXTERNAL, overall, COHORT_COMPLETED, COHORT);

    assertEquals(grade, r.accreditationGrade());
    assertEquals(national, r.nationalStandardLevel());
  }

  @ParameterizedTest(name = "preschool operating {0} years → recognised: {1}")
  @CsvSource({"4, false", "5, true", "12, true"})
  void a_preschool_needs_five_years_of_operation(int years, boolean recognised) {
    Recognition r = Recognition.of(EXTERNAL, 3, OPERATING_FIVE_YEARS, new SchoolFacts(null, years));

    assertEquals(recognised ? Integer.valueOf(3) : null, r.accreditationGrade());
    assertEquals(recognised ? Integer.valueOf(2) : null, r.nationalStandardLevel());
  }

  @ParameterizedTest(name = "cohort completed: {0}")
  @CsvSource(
      nullValues = "-",
      value = {"false", "-"})
  void a_school_without_a_completed_cohort_or_that_did_not_say_is_not_recognised(Boolean cohort) {
    Recognition r = Recognition.of(EXTERNAL, 2, COHORT_COMPLETED, new SchoolFacts(cohort, null));

    assertNull(r.accreditationGrade());
    assertNull(r.nationalStandardLevel());
    assertTrue(r.explanation().contains("khóa học sinh"), r.explanation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"SELF"})
  void a_self_assessment_is_never_recognised(AssessmentKind kind) {
    Recognition r = Recognition.of(kind, 4, COHORT_COMPLETED, COHORT);

    assertNull(r.accreditationGrade());
    assertNull(r.nationalStandardLevel());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"EXTERNAL"})
  void a_catalog_that_does_not_state_the_precondition_recognises_nothing(AssessmentKind kind) {
    Recognition r = Recognition.of(kind, 3, null, COHORT);

    assertNull(r.accreditationGrade());
  }
}
