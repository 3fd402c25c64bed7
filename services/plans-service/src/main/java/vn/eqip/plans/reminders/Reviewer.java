package vn.eqip.plans.reminders;

/** An active reviewer of reviewer_view: who is reminded, and where. */
record Reviewer(String id, String orgUnitId, String fullName, String email) {}
