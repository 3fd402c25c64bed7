package vn.eqip.plans.plan.application;

import vn.eqip.plans.integration.SchoolRegistryOperations.SchoolInfo;
import vn.eqip.plans.plan.domain.Plan;

/**
 * A plan the caller may see, with its school as the registry showed it to the caller (the catalog
 * version in force for the plan's school year). One registry call per request answers both "may
 * they see it" and "which catalog applies".
 */
public record VisiblePlan(Plan plan, SchoolInfo school) {}
