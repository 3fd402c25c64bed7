package vn.eqip.monitoring.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SupervisionReportList(List<SupervisionReportView> items) {}
