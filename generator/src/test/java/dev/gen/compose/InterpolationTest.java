package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Interpolation inside a project: what it applies to, the casts after it, its warnings and messages. */
class InterpolationTest {

  @TempDir Path dir;

  private JsonNode load(String yaml, Map<String, String> env, Diagnostics diagnostics) {
    TestProjects.write(dir, Map.of("compose.yaml", yaml));
    ComposeProject p = ComposeLoader.load(TestProjects.request(dir, List.of(), env, "compose.yaml"), diagnostics);
    return TestProjects.json(p.model(), dir);
  }

  @Test
  void valuesNotKeysWithDotenvUnderTheEnvironment() {
    TestProjects.write(dir, Map.of(".env", "TAG=fromdotenv\nOTHER=dotenv\nREF=${TAG}-ref\n"));
    JsonNode m = load("""
        name: app-${TAG}
        services:
          a:
            image: "img:${TAG}"
            labels:
              "${OTHER}": "${OTHER}"
              ref: $REF
        """, Map.of("OTHER", "os"), new Diagnostics());
    assertEquals("app-fromdotenv", m.get("name").asString());
    JsonNode a = m.get("services").get("a");
    assertEquals("img:fromdotenv", a.get("image").asString());
    assertEquals("os", a.get("labels").get("${OTHER}").asString(), "keys are not interpolated; the OS env wins");
    assertEquals("fromdotenv-ref", a.get("labels").get("ref").asString());
  }

  @Test
  void unsetVariablesWarnAtTheirValue() {
    Diagnostics d = new Diagnostics();
    JsonNode m = load("services:\n  a:\n    image: x\n    command: echo ${NOPE} done\n", Map.of(), d);
    assertEquals("[\"echo\",\"done\"]", m.get("services").get("a").get("command").toString());
    Diagnostic w = d.all().get(0);
    assertEquals("compose.variable-unset", w.code());
    assertEquals("The \"NOPE\" variable is not set. Defaulting to a blank string.", w.message());
    assertEquals("compose.yaml:4:14", w.location().toString());
    assertEquals("services.a.command", w.keyPath());
  }

  @Test
  void castsStringFieldsAfterInterpolation() {
    Diagnostics d = new Diagnostics();
    JsonNode a = load("""
        services:
          a:
            image: x
            read_only: "${RO:-true}"
            tty: "yes"
            cpus: "${CPUS:-0.5}"
            deploy: {replicas: "${N:-3}"}
            ports: [{target: "${PORT:-80}"}]
            depends_on: {b: {condition: service_started, required: "${REQ:-false}"}}
          b: {image: y}
        """, Map.of(), d).get("services").get("a");
    assertEquals(false, a.get("depends_on").get("b").get("required").asBoolean(), "a fix of a compose-go bug");
    assertEquals(true, a.get("read_only").asBoolean());
    assertEquals(true, a.get("tty").asBoolean());
    assertEquals(0.5, a.get("cpus").asDouble());
    assertEquals(3, a.get("deploy").get("replicas").asInt());
    assertEquals(80, a.get("ports").get(0).get("target").asInt());
    assertEquals("\"yes\" for boolean is not supported by YAML 1.2, please use `true`",
        d.all().stream().filter(x -> x.code().equals("compose.yaml11-boolean")).findFirst().orElseThrow().message());
  }

  @Test
  void messages() {
    GenException e = assertThrows(GenException.class,
        () -> load("services:\n  a:\n    image: ${TAG:?tag is required}\n", Map.of(), new Diagnostics()));
    assertEquals("error while interpolating services.a.image: required variable TAG is missing a value: tag is"
        + " required", e.first().message());
    assertEquals("compose.yaml:3:12", e.first().location().toString());
    e = assertThrows(GenException.class,
        () -> load("services:\n  a:\n    image: x:${TAG/a/b}\n", Map.of(), new Diagnostics()));
    assertEquals("invalid interpolation format for services.a.image.\nYou may need to escape any $ with another $.\n"
        + "x:${TAG/a/b}", e.first().message());
    e = assertThrows(GenException.class,
        () -> load("services:\n  a:\n    image: x\n    environment: [\"A=${}\"]\n", Map.of(), new Diagnostics()));
    assertTrue(e.first().message().startsWith("invalid interpolation format for services.a.environment.[]."));
    e = assertThrows(GenException.class,
        () -> load("services:\n  a:\n    image: x\n    deploy: {replicas: abc}\n", Map.of(), new Diagnostics()));
    assertEquals("error while interpolating services.a.deploy.replicas: failed to cast to expected type:"
        + " strconv.Atoi: parsing \"abc\": invalid syntax", e.first().message());
    e = assertThrows(GenException.class,
        () -> load("services:\n  a:\n    image: x\n    read_only: maybe\n", Map.of(), new Diagnostics()));
    assertEquals("error while interpolating services.a.read_only: failed to cast to expected type: invalid boolean:"
        + " maybe", e.first().message());
  }

  @Test
  void noInterpolateKeepsTemplatesAndPrintsTheMergedDocument() {
    TestProjects.write(dir, Map.of("compose.yaml",
        "services:\n  a:\n    image: ${IMG:-x}\n    ports: [\"${P}:80\"]\n    deploy: {replicas: \"${R}\"}\n"));
    ComposeRequest request = new ComposeRequest(List.of(Path.of("compose.yaml")), dir, null, null, List.of(),
        List.of(), Map.of(), false, true);
    JsonNode a = TestProjects.json(ComposeLoader.load(request, new Diagnostics()).model(), dir)
        .get("services").get("a");
    assertEquals("${IMG:-x}", a.get("image").asString());
    assertEquals("${P}:80", a.get("ports").get(0).asString());
    assertEquals("${R}", a.get("deploy").get("replicas").asString());
    assertTrue(!a.has("command"), "not the typed project: no command: null");
  }
}
