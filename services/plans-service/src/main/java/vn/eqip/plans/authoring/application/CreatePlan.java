package vn.eqip.plans.authoring.application;

public record CreatePlan(String schoolId, String schoolYear) {}
