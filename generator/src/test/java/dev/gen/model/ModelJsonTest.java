package dev.gen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.SourceLocation;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ModelJsonTest {

  static final SourceLocation AT = new SourceLocation("compose.yaml", 3, 5);

  /** A small model that uses every kind of value the JSON form has rules for. */
  static Project sample() {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("VERSION", "1");
    args.put("FROM_ENV", null);
    Map<String, Object> juju = new LinkedHashMap<>();
    juju.put("title", "Web");
    juju.put("size", 3L);
    juju.put("nothing", null);
    juju.put("list", Arrays.asList("a", null));
    Service web = Service.builder("web")
        .image("nginx:1.27")
        .build(new Build(".", "Dockerfile", null, null, args, null, null, null, AT))
        .command(List.of("nginx", "-g", "daemon off;"))
        .addEnvironment(new EnvVar("Z_LAST", "x", false, null, List.of(), AT))
        .addEnvironment(new EnvVar("DB_URL", "postgres://u:p@db:5432/x", true, "url-credentials",
            List.of(new ServiceReference("db", ServiceReference.Kind.URL, 15, 17, 5432, 18, 22)), AT))
        .addEnvironment(new EnvVar("FROM_DEPLOYER", null, false, null, List.of(), AT))
        .addPort(new PortMapping(80, "8080", null, "tcp", "ingress", null, null, AT))
        .addDependency(new Dependency("db", List.of(Dependency.Via.ENVIRONMENT, Dependency.Via.DEPENDS_ON),
            Dependency.Condition.SERVICE_HEALTHY, true, false, null, AT))
        .healthcheck(new Healthcheck(List.of("CMD", "true"), Duration.ofSeconds(90), Duration.ofMillis(500), null,
            null, 3, false, AT))
        .deployment(new Deployment(2, null, new Resources(0.5, 512L << 20, null, null, null), null, null, null, AT))
        .restart(new RestartPolicy(RestartPolicy.Condition.ON_FAILURE, 3, Duration.ofSeconds(5), null, AT))
        .hints(new Hints(juju, Map.of()))
        .location(AT)
        .build();
    Service db = Service.builder("db").image("postgres:16").location(new SourceLocation("compose.yaml", 20, 3))
        .deployment(new Deployment(1, null, null, null, null, null, AT))
        .restart(new RestartPolicy(RestartPolicy.Condition.NO, null, null, null, AT))
        .build();
    return new Project("shop", SourceKind.COMPOSE, List.of(db, web), List.of(), List.of(),
        List.of(new SecretDefinition("key", SecretDefinition.Kind.ENVIRONMENT, "API_KEY", AT)), List.of(),
        Hints.NONE, SourceLocation.of("compose.yaml"));
  }

  @Test
  void writesTheDocumentedForm() {
    JsonNode json = ModelJson.toJson(sample());
    JsonNode web = json.get("services").get(1);
    assertEquals("compose", json.get("source").asString());
    assertEquals("compose.yaml", json.get("location").asString(), "a location without line");
    assertEquals("compose.yaml:3:5", web.get("location").asString());
    assertEquals("1m30s", web.get("healthcheck").get("interval").asString());
    assertEquals("500ms", web.get("healthcheck").get("timeout").asString());
    assertEquals("5s", web.get("restart").get("delay").asString());
    assertEquals("on_failure", web.get("restart").get("condition").asString());
    assertEquals("service_healthy", web.get("dependencies").get(0).get("condition").asString());
    assertEquals("[\"depends_on\",\"environment\"]", web.get("dependencies").get(0).get("via").toString(),
        "enum order, lower case");
    assertEquals("url", web.get("environment").get(0).get("references").get(0).get("kind").asString());
    // null properties are omitted; empty lists and maps are written
    assertFalse(web.has("entrypoint"));
    assertFalse(web.get("environment").get(1).has("value"), "a variable without value");
    assertTrue(web.get("expose").isArray() && web.get("expose").isEmpty());
    assertTrue(web.get("labels").isObject() && web.get("labels").isEmpty());
    // null values inside maps are kept, and map keys are sorted
    assertEquals("{\"FROM_ENV\":null,\"VERSION\":\"1\"}", web.get("build").get("args").toString());
    assertEquals("{\"list\":[\"a\",null],\"nothing\":null,\"size\":3,\"title\":\"Web\"}",
        web.get("hints").get("juju").toString());
    // record components in declaration order
    assertEquals(List.of("name", "image", "build", "command", "environment"),
        web.propertyNames().stream().limit(5).toList());
  }

  @Test
  void readsBackWhatItWrites() {
    Project sample = sample();
    String text = ModelJson.write(sample);
    assertEquals(sample, ModelJson.read(text));
    assertEquals(text, ModelJson.write(ModelJson.read(text)), "deterministic");
    assertTrue(text.endsWith("}\n"));
  }
}
