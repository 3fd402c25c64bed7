package vn.eqip.plans.integration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.eqip.plans.assessment.domain.AccreditationPrecondition;
import vn.eqip.plans.assessment.domain.Catalog;
import vn.eqip.platform.web.ProblemException;

/**
 * Calls registry-service (service id {@code registry}: micronaut.http.services.registry.url, with
 * read timeouts) with the user's token. A registry that cannot be reached gives the user a 503
 * problem they can retry, never a stack trace.
 */
@Singleton
public class SchoolRegistryClient implements SchoolRegistryOperations {

  private static final Logger LOG = LoggerFactory.getLogger(SchoolRegistryClient.class);

  private final HttpClient http;
  private final Map<String, Catalog> catalogs = new ConcurrentHashMap<>();

  public SchoolRegistryClient(@Client(id = "registry") HttpClient http) {
    this.http = http;
  }

  @Override
  public Optional<SchoolInfo> visibleSchool(
      String authorization, String schoolId, String schoolYear) {
    try {
      String path =
          "/api/registry/schools/"
              + URLEncoder.encode(schoolId, StandardCharsets.UTF_8)
              + (schoolYear == null
                  ? ""
                  : "?schoolYear=" + URLEncoder.encode(schoolYear, StandardCharsets.UTF_8));
      SchoolDto school =
          http.toBlocking()
              .retrieve(
                  HttpRequest.GET(path).header(HttpHeaders.AUTHORIZATION, authorization),
                  SchoolDto.class);
      return Optional.of(
          new SchoolInfo(
              school.id(), school.code(), school.name(), school.level(), school.framework()));
    } catch (HttpClientResponseException e) {
      if (e.getStatus() == HttpStatus.NOT_FOUND) {
        return Optional.empty();
      }
      throw unavailable(e);
    } catch (HttpClientException e) {
      throw unavailable(e);
    }
  }

  @Override
  public Catalog catalog(String authorization, String frameworkId) {
    Catalog cached = catalogs.get(frameworkId);
    if (cached != null) {
      return cached;
    }
    try {
      CatalogDto dto =
          http.toBlocking()
              .retrieve(
                  HttpRequest.GET("/api/registry/frameworks/" + frameworkId)
                      .header(HttpHeaders.AUTHORIZATION, authorization),
                  CatalogDto.class);
      Catalog catalog =
          Catalog.of(
              dto.id(),
              dto.criteria().stream()
                  .map(
                      c ->
                          new Catalog.CatalogCriterion(
                              c.code(),
                              c.title(),
                              c.hasLevel3(),
                              c.indicatorCounts() == null
                                  ? Catalog.IndicatorCounts.UNKNOWN
                                  : new Catalog.IndicatorCounts(
                                      c.indicatorCounts().level1(),
                                      c.indicatorCounts().level2(),
                                      c.indicatorCounts().level3())))
                  .toList(),
              new HashSet<>(dto.level4Requirements().stream().map(Level4Dto::no).toList()),
              dto.accreditationPrecondition() == null
                  ? null
                  : AccreditationPrecondition.valueOf(dto.accreditationPrecondition()),
              standardTitles(dto.criteria()));
      catalogs.put(frameworkId, catalog);
      return catalog;
    } catch (HttpClientException e) {
      throw unavailable(e);
    }
  }

  /** The standards' titles by number, as the catalog's criteria carry them. */
  private static Map<Integer, String> standardTitles(List<CriterionDto> criteria) {
    Map<Integer, String> titles = new java.util.TreeMap<>();
    for (CriterionDto c : criteria) {
      if (c.standardNo() != null && c.standardTitle() != null) {
        titles.putIfAbsent(c.standardNo(), c.standardTitle());
      }
    }
    return titles;
  }

  private static ProblemException unavailable(Exception e) {
    LOG.warn("registry-service call failed: {}", e.getMessage());
    return new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE,
        "registry-unavailable",
        "Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại (Service unavailable)",
        "Không truy cập được danh mục trường học (registry-service). Vui lòng thử lại sau ít phút.");
  }

  @Serdeable
  record SchoolDto(String id, String code, String name, String level, String framework) {}

  @Serdeable
  record CatalogDto(
      String id,
      List<CriterionDto> criteria,
      List<Level4Dto> level4Requirements,
      @Nullable String accreditationPrecondition) {}

  @Serdeable
  record CriterionDto(
      String code,
      String title,
      boolean hasLevel3,
      @Nullable IndicatorCountsDto indicatorCounts,
      @Nullable Integer standardNo,
      @Nullable String standardTitle) {}

  @Serdeable
  record IndicatorCountsDto(int level1, int level2, int level3) {}

  @Serdeable
  record Level4Dto(int no) {}
}
