package vn.eqip.reporting.attainment;

/** A direct child org unit of the report's unit. */
public record ChildUnit(String id, String name, String kind, String path) {}
