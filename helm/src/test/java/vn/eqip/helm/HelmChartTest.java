package vn.eqip.helm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.LintResult;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HelmChartTest {

  static final List<String> COMPONENTS =
      List.of("gateway", "registry", "plans", "monitoring", "reporting");
  static final List<String> SERVICES = List.of("registry", "plans", "monitoring", "reporting");
  static final Map<String, Class<?>> MODELS =
      Map.of(
          "Deployment", V1Deployment.class,
          "Service", V1Service.class,
          "Secret", V1Secret.class,
          "Ingress", V1Ingress.class);

  @TempDir Path temp;

  static Stream<Path> ciValues() {
    return Stream.of(Chart.MINIMAL, Chart.PRODUCTION);
  }

  // ---------------------------------------------------------------------------- lint and schema

  @ParameterizedTest
  @MethodSource("ciValues")
  void the_chart_passes_strict_lint_with_each_ci_values_file(Path values) {
    LintResult lint = Chart.lint(values, temp);

    assertFalse(lint.isFailed(), () -> String.join("\n", lint.getMessages()));
  }

  @Test
  void lint_fails_on_a_template_that_renders_broken_yaml() {
    LintResult lint =
        Chart.lint(
            Chart.MINIMAL,
            temp,
            copy -> Chart.write(copy.resolve("templates/broken.yaml"), "kind: [unclosed\n"));

    // (a fail() from validateValues is no lint error in Helm: only template catches those)
    assertTrue(lint.isFailed(), () -> String.join("\n", lint.getMessages()));
  }

  @ParameterizedTest
  @MethodSource("ciValues")
  void every_rendered_document_is_a_valid_kubernetes_object_of_a_known_kind(Path values) {
    List<Map<String, Object>> documents = Chart.render(values);

    assertFalse(documents.isEmpty());
    for (Map<String, Object> document : documents) {
      Class<?> model = MODELS.get(String.valueOf(document.get("kind")));
      assertNotNull(model, () -> "unexpected kind " + document.get("kind"));
      assertNotNull(Chart.model(document, model));
    }
  }

  @Test
  void the_kubernetes_models_reject_a_field_that_does_not_exist() {
    Map<String, Object> deployment = documentsOf("Deployment", Chart.render(Chart.MINIMAL)).get(0);
    Chart.asMap(deployment.get("spec")).put("replica", 2);

    assertThrows(AssertionError.class, () -> Chart.model(deployment, V1Deployment.class));
  }

  // ---------------------------------------------------------------------------- components

  @ParameterizedTest
  @MethodSource("ciValues")
  void five_deployments_each_with_its_service_on_port_http(Path values) {
    List<Map<String, Object>> documents = Chart.render(values);
    Map<String, V1Deployment> deployments = deployments(documents);
    Map<String, V1Service> services = byName(documents, "Service", V1Service.class);

    assertEquals(
        COMPONENTS.stream().map(c -> "eqip-" + c).collect(Collectors.toSet()),
        deployments.keySet());
    assertEquals(deployments.keySet(), services.keySet());
    for (String name : deployments.keySet()) {
      V1Service service = services.get(name);
      assertEquals(
          deployments.get(name).getSpec().getSelector().getMatchLabels(),
          service.getSpec().getSelector(),
          name + ": the Service selects exactly its Deployment's pods");
      assertEquals("http", service.getSpec().getPorts().get(0).getTargetPort().getStrValue());
      assertEquals(80, service.getSpec().getPorts().get(0).getPort());
    }
  }

  @Test
  void images_are_eqip_component_from_the_registry_and_tag_in_values() {
    Map<String, V1Deployment> deployments = deployments(Chart.render(Chart.MINIMAL));

    for (String component : COMPONENTS) {
      assertEquals(
          "registry.example.com/eqip/eqip-" + component + ":0.1.0",
          container(deployments.get("eqip-" + component)).getImage());
    }
  }

  @Test
  void a_components_image_tag_overrides_the_common_tag() {
    Path overlay = overlay("registry:\n  image:\n    tag: 0.1.1-hotfix\n");

    Map<String, V1Deployment> deployments = deployments(Chart.render(Chart.MINIMAL, overlay));

    assertEquals(
        "registry.example.com/eqip/eqip-registry:0.1.1-hotfix",
        container(deployments.get("eqip-registry")).getImage());
    assertEquals(
        "registry.example.com/eqip/eqip-plans:0.1.0",
        container(deployments.get("eqip-plans")).getImage());
  }

  @ParameterizedTest
  @MethodSource("ciValues")
  void every_pod_listens_on_8080_and_is_probed_on_health(Path values) {
    for (V1Deployment deployment : deployments(Chart.render(values)).values()) {
      V1Container container = container(deployment);
      String name = deployment.getMetadata().getName();
      assertAll(
          name,
          () -> assertEquals(8080, container.getPorts().get(0).getContainerPort()),
          () -> assertEquals("http", container.getPorts().get(0).getName()),
          () -> assertEquals("8080", env(container, "MICRONAUT_SERVER_PORT")),
          () -> assertEquals("/health", path(container.getReadinessProbe())),
          () -> assertEquals("/health/liveness", path(container.getLivenessProbe())),
          () -> assertEquals("/health/liveness", path(container.getStartupProbe())),
          () ->
              assertEquals(
                  "http", container.getLivenessProbe().getHttpGet().getPort().getStrValue()));
    }
  }

  @ParameterizedTest
  @MethodSource("ciValues")
  void every_pod_runs_as_non_root_on_a_read_only_filesystem_without_capabilities(Path values) {
    for (V1Deployment deployment : deployments(Chart.render(values)).values()) {
      var pod = deployment.getSpec().getTemplate().getSpec();
      var security = container(deployment).getSecurityContext();
      String name = deployment.getMetadata().getName();
      assertAll(
          name,
          () -> assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot()),
          () -> assertEquals(Boolean.TRUE, security.getRunAsNonRoot()),
          () -> assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem()),
          () -> assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation()),
          () -> assertEquals(List.of("ALL"), security.getCapabilities().getDrop()),
          () ->
              assertTrue(
                  Optional.ofNullable(security.getCapabilities().getAdd())
                      .orElse(List.of())
                      .isEmpty()),
          () -> assertEquals("/tmp", container(deployment).getVolumeMounts().get(0).getMountPath()),
          () -> assertNotNull(pod.getVolumes().get(0).getEmptyDir(), "/tmp is an emptyDir"),
          () -> assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken()),
          () -> assertEquals(Boolean.FALSE, pod.getEnableServiceLinks()));
    }
  }

  @Test
  void resources_and_jvm_options_come_from_values_with_a_per_component_override() {
    Map<String, V1Deployment> deployments = deployments(Chart.render(Chart.PRODUCTION));

    var plans = container(deployments.get("eqip-plans")).getResources();
    var reporting = container(deployments.get("eqip-reporting")).getResources();
    assertEquals(new Quantity("512Mi"), plans.getRequests().get("memory"));
    assertEquals(new Quantity("2"), plans.getLimits().get("cpu"));
    assertEquals(new Quantity("1536Mi"), reporting.getLimits().get("memory"));
    assertEquals(
        "-XX:MaxRAMPercentage=75",
        env(container(deployments.get("eqip-plans")), "JAVA_TOOL_OPTIONS"));
  }

  @Test
  void defaults_are_256Mi_to_512Mi_and_100m_to_one_cpu() {
    var resources =
        container(deployments(Chart.render(Chart.MINIMAL)).get("eqip-gateway")).getResources();

    assertEquals(new Quantity("256Mi"), resources.getRequests().get("memory"));
    assertEquals(new Quantity("512Mi"), resources.getLimits().get("memory"));
    assertEquals(new Quantity("100m"), resources.getRequests().get("cpu"));
    assertEquals(new Quantity("1"), resources.getLimits().get("cpu"));
  }

  @Test
  void replicas_come_from_values_per_component() {
    Map<String, V1Deployment> minimal = deployments(Chart.render(Chart.MINIMAL));
    Map<String, V1Deployment> production = deployments(Chart.render(Chart.PRODUCTION));

    for (String component : COMPONENTS) {
      assertEquals(1, minimal.get("eqip-" + component).getSpec().getReplicas());
      assertEquals(2, production.get("eqip-" + component).getSpec().getReplicas());
    }
  }

  // ---------------------------------------------------------------------------- configuration

  @Test
  void each_service_gets_the_jdbc_url_and_user_of_its_own_schema() {
    Map<String, V1Deployment> deployments = deployments(Chart.render(Chart.MINIMAL));

    for (String service : SERVICES) {
      V1Container container = container(deployments.get("eqip-" + service));
      assertEquals(
          "jdbc:mysql://mariadb:3306/eqip_"
              + service
              + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
              + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true",
          env(container, "EQIP_DB_URL"));
      assertEquals("eqip_" + service, env(container, "EQIP_DB_USER"));
      assertEquals(service + "-service", env(container, "EQIP_SERVICE_NAME"));
    }
    V1Container gateway = container(deployments.get("eqip-gateway"));
    assertNull(envVar(gateway, "EQIP_DB_URL"), "the gateway has no database");
    assertNull(envVar(gateway, "EQIP_RABBITMQ_URI"), "the gateway has no messaging");
  }

  @Test
  void passwords_and_the_amqp_uri_are_secret_key_refs_into_the_charts_secret() {
    List<Map<String, Object>> documents = Chart.render(Chart.MINIMAL);
    Map<String, V1Deployment> deployments = deployments(documents);
    V1Secret secret = byName(documents, "Secret", V1Secret.class).get("eqip-credentials");

    assertNotNull(secret, "the chart creates a Secret when no existingSecret is given");
    for (String service : SERVICES) {
      V1Container container = container(deployments.get("eqip-" + service));
      V1SecretKeySelector password = secretRef(container, "EQIP_DB_PASSWORD");
      V1SecretKeySelector amqp = secretRef(container, "EQIP_RABBITMQ_URI");
      assertEquals("eqip-credentials", password.getName());
      assertEquals(service + "-db-password", password.getKey());
      assertEquals(service + "-secret", new String(secret.getData().get(password.getKey()), UTF_8));
      assertEquals("eqip-credentials", amqp.getName());
      assertEquals(
          "amqp://eqip:rabbit-secret@rabbitmq:5672",
          new String(secret.getData().get(amqp.getKey()), UTF_8));
    }
    String deploymentsYaml = Chart.template(Chart.MINIMAL).split("kind: Secret")[0];
    assertFalse(deploymentsYaml.contains("registry-secret"), "no password in plain text");
  }

  @Test
  void with_existing_secrets_no_secret_is_rendered_and_the_keys_named_in_values_are_used() {
    List<Map<String, Object>> documents = Chart.render(Chart.PRODUCTION);

    assertTrue(documentsOf("Secret", documents).isEmpty());
    for (String service : SERVICES) {
      V1Container container = container(deployments(documents).get("eqip-" + service));
      assertEquals("eqip-database", secretRef(container, "EQIP_DB_PASSWORD").getName());
      assertEquals(service + "-db-password", secretRef(container, "EQIP_DB_PASSWORD").getKey());
      assertEquals("eqip-rabbitmq", secretRef(container, "EQIP_RABBITMQ_URI").getName());
      assertEquals("uri", secretRef(container, "EQIP_RABBITMQ_URI").getKey());
    }
  }

  @Test
  void the_chart_keeps_in_its_secret_only_what_no_existing_secret_holds() {
    Path overlay = overlay("database:\n  existingSecret: eqip-database\n");

    List<Map<String, Object>> documents = Chart.render(Chart.MINIMAL, overlay);

    V1Secret secret = byName(documents, "Secret", V1Secret.class).get("eqip-credentials");
    assertEquals(Set.of("rabbitmq-uri"), secret.getData().keySet());
    V1Container plans = container(deployments(documents).get("eqip-plans"));
    assertEquals("eqip-database", secretRef(plans, "EQIP_DB_PASSWORD").getName());
    assertEquals("eqip-credentials", secretRef(plans, "EQIP_RABBITMQ_URI").getName());
  }

  @Test
  void a_new_password_restarts_the_services_but_not_the_gateway() {
    Path overlay = overlay("database:\n  plans:\n    password: rotated\n");

    Map<String, V1Deployment> before = deployments(Chart.render(Chart.MINIMAL));
    Map<String, V1Deployment> after = deployments(Chart.render(Chart.MINIMAL, overlay));

    assertNotEquals(
        podAnnotations(before.get("eqip-plans")), podAnnotations(after.get("eqip-plans")));
    assertNotNull(podAnnotations(after.get("eqip-plans")).get("checksum/credentials"));
    assertEquals(
        podAnnotations(before.get("eqip-gateway")), podAnnotations(after.get("eqip-gateway")));
  }

  @Test
  void keycloak_issuer_and_jwks_url_reach_every_component() {
    Map<String, V1Deployment> deployments = deployments(Chart.render(Chart.PRODUCTION));

    for (V1Deployment deployment : deployments.values()) {
      V1Container container = container(deployment);
      assertEquals("https://sso.example.vn/realms/eqip", env(container, "EQIP_ISSUER"));
      assertEquals(
          "https://sso.example.vn/realms/eqip/protocol/openid-connect/certs",
          env(container, "EQIP_JWKS_URL"));
    }
  }

  @Test
  void gateway_routes_and_plans_registry_client_point_at_the_in_cluster_services() {
    List<Map<String, Object>> documents = Chart.render(Chart.MINIMAL);
    Map<String, V1Deployment> deployments = deployments(documents);
    Map<String, V1Service> services = byName(documents, "Service", V1Service.class);

    V1Container gateway = container(deployments.get("eqip-gateway"));
    for (String service : SERVICES) {
      String url = env(gateway, "EQIP_" + service.toUpperCase() + "_URL");
      assertEquals("http://eqip-" + service + ":80", url);
      assertTrue(services.containsKey("eqip-" + service), url + " names a rendered Service");
    }
    assertEquals(
        "http://eqip-registry:80",
        env(container(deployments.get("eqip-plans")), "EQIP_REGISTRY_URL"));
  }

  @Test
  void the_consumers_get_the_exchange_and_their_queue_prefix() {
    Map<String, V1Deployment> deployments = deployments(Chart.render(Chart.MINIMAL));

    for (String consumer : List.of("monitoring", "reporting")) {
      V1Container container = container(deployments.get("eqip-" + consumer));
      assertEquals("eqip.events", env(container, "EQIP_EXCHANGE"));
      assertEquals("eqip", env(container, "EQIP_QUEUE_PREFIX"));
    }
    assertEquals("false", env(container(deployments.get("eqip-registry")), "EQIP_DEMO"));
  }

  // ---------------------------------------------------------------------------- ingress

  @Test
  void no_ingress_by_default() {
    assertTrue(documentsOf("Ingress", Chart.render(Chart.MINIMAL)).isEmpty());
  }

  @Test
  void the_ingress_sends_its_host_to_the_gateway_only_over_https() {
    List<Map<String, Object>> documents = Chart.render(Chart.PRODUCTION);
    List<Map<String, Object>> ingresses = documentsOf("Ingress", documents);

    assertEquals(1, ingresses.size());
    V1Ingress ingress = Chart.model(ingresses.get(0), V1Ingress.class);
    var rule = ingress.getSpec().getRules().get(0);
    var backend = rule.getHttp().getPaths().get(0).getBackend().getService();
    assertEquals("nginx", ingress.getSpec().getIngressClassName());
    assertEquals("eqip.example.vn", rule.getHost());
    assertEquals("eqip-gateway", backend.getName());
    assertEquals("http", backend.getPort().getName());
    assertEquals(List.of("eqip.example.vn"), ingress.getSpec().getTls().get(0).getHosts());
    assertEquals("eqip-tls", ingress.getSpec().getTls().get(0).getSecretName());
  }

  // ---------------------------------------------------------------------------- validateValues

  static Stream<Arguments> impossibleValues() {
    return Stream.of(
        Arguments.of(
            "ingress without host",
            "ingress:\n  enabled: true\n",
            "ingress.enabled is true but ingress.host is empty"),
        Arguments.of(
            "no existingSecret and a missing database password",
            "database:\n  plans:\n    password: \"\"\n",
            "no database password for database.plans.password"),
        Arguments.of(
            "no replica",
            "monitoring:\n  replicaCount: 0\n",
            "monitoring.replicaCount must be 1 or more (is 0)"),
        Arguments.of(
            "negative replicas",
            "gateway:\n  replicaCount: -1\n",
            "gateway.replicaCount must be 1 or more (is -1)"),
        Arguments.of(
            "empty image tag", "image:\n  tag: \"\"\n", "the image tag of gateway is empty"),
        Arguments.of(
            "no RabbitMQ URI",
            "rabbitmq:\n  uri: \"\"\n",
            "no RabbitMQ URI: set rabbitmq.existingSecret"),
        Arguments.of(
            "no Keycloak issuer", "keycloak:\n  issuer: \"\"\n", "keycloak.issuer is empty"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impossibleValues")
  void rendering_fails_with_a_clear_message_on(String combination, String values, String message) {
    Path overlay = overlay(values);

    Exception failure = assertThrows(Exception.class, () -> Chart.template(Chart.MINIMAL, overlay));

    assertTrue(
        failure.getMessage().contains(message),
        () -> "expected \"" + message + "\" in: " + failure.getMessage());
  }

  @Test
  void the_default_values_alone_name_everything_that_is_missing_at_once() {
    Exception failure = assertThrows(Exception.class, Chart::template);

    assertTrue(failure.getMessage().contains("VALUES VALIDATION"), failure.getMessage());
    assertTrue(
        failure
            .getMessage()
            .contains(
                "no database password for database.monitoring.password,"
                    + " database.plans.password, database.registry.password,"
                    + " database.reporting.password"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("no RabbitMQ URI"), failure.getMessage());
    assertTrue(failure.getMessage().contains("keycloak.issuer is empty"), failure.getMessage());
  }

  @Test
  void an_existing_secret_stands_in_for_every_database_password() {
    Path overlay =
        overlay(
            "database:\n  existingSecret: eqip-database\n  plans:\n    password: \"\"\n"
                + "rabbitmq:\n  uri: \"\"\n  existingSecret: eqip-rabbitmq\n");

    assertEquals(5, deployments(Chart.render(Chart.MINIMAL, overlay)).size());
  }

  // ---------------------------------------------------------------------------- helpers

  private Path overlay(String yaml) {
    Path file = temp.resolve("overlay-" + Math.abs(yaml.hashCode()) + ".yaml");
    Chart.write(file, yaml);
    return file;
  }

  static List<Map<String, Object>> documentsOf(String kind, List<Map<String, Object>> documents) {
    return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
  }

  static <T> Map<String, T> byName(
      List<Map<String, Object>> documents, String kind, Class<T> type) {
    return documentsOf(kind, documents).stream()
        .collect(
            Collectors.toMap(
                d -> String.valueOf(Chart.asMap(d.get("metadata")).get("name")),
                d -> Chart.model(d, type),
                (a, b) -> {
                  throw new AssertionError("two " + kind + "s with the same name");
                },
                TreeMap::new));
  }

  static Map<String, V1Deployment> deployments(List<Map<String, Object>> documents) {
    return byName(documents, "Deployment", V1Deployment.class);
  }

  static V1Container container(V1Deployment deployment) {
    List<V1Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
    assertEquals(1, containers.size());
    return containers.get(0);
  }

  static Map<String, String> podAnnotations(V1Deployment deployment) {
    return deployment.getSpec().getTemplate().getMetadata().getAnnotations();
  }

  static V1EnvVar envVar(V1Container container, String name) {
    Map<String, V1EnvVar> byName =
        container.getEnv().stream()
            .collect(Collectors.toMap(V1EnvVar::getName, Function.identity()));
    return byName.get(name);
  }

  static String env(V1Container container, String name) {
    V1EnvVar variable = envVar(container, name);
    assertNotNull(variable, () -> container.getName() + " has no " + name);
    assertNull(variable.getValueFrom(), () -> name + " is a plain value");
    return variable.getValue();
  }

  static V1SecretKeySelector secretRef(V1Container container, String name) {
    V1EnvVar variable = envVar(container, name);
    assertNotNull(variable, () -> container.getName() + " has no " + name);
    assertNull(variable.getValue(), () -> name + " must not be a plain value");
    return Optional.ofNullable(variable.getValueFrom())
        .map(source -> source.getSecretKeyRef())
        .orElseThrow(() -> new AssertionError(name + " is not a secretKeyRef"));
  }

  static String path(V1Probe probe) {
    assertNotNull(probe);
    return probe.getHttpGet().getPath();
  }
}
