package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.model.ModelValidator;
import dev.gen.yaml.YJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;

/** {@code gen model} as users run it ({@link Main#run}): the real loaders, the process environment. */
class ModelCommandTest {

  @TempDir Path dir;

  private GenRunner.Result gen(String... args) {
    return GenRunner.in(dir).run(args);
  }

  static Path fixtures() {
    return GenRunner.fixtures();
  }

  static Stream<String> projects() throws IOException {
    try (Stream<Path> s = Files.list(fixtures())) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("conformance")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("projects")
  void everyFixtureProjectGivesAModelTheSchemaAccepts(String project) {
    GenRunner.Result r = gen("model", fixtures().resolve(project).toString());
    assertEquals(0, r.code(), r.err());
    JsonNode json = YJson.MAPPER.readTree(r.out());
    assertEquals(List.of(), new ModelValidator().validate(json));
    assertEquals(project, json.get("name").asString());
  }

  @ParameterizedTest
  @MethodSource("projects")
  void yamlHoldsTheSameContentAsJson(String project) {
    String input = fixtures().resolve(project).toString();
    GenRunner.Result json = gen("model", "--format", "json", input);
    GenRunner.Result yaml = gen("model", "--format", "yaml", input);
    assertEquals(0, yaml.code(), yaml.err());
    Object fromYaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.out());
    assertEquals(YJson.MAPPER.readTree(json.out()), YJson.MAPPER.valueToTree(fromYaml));
    assertTrue(yaml.out().startsWith("name: " + project + "\nsource: "), yaml.out());
  }

  @Test
  void aDockerfileIsAProject() {
    GenRunner.Result r = gen("model", fixtures().resolve("dockerfiles/worker/Dockerfile").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"source\": \"dockerfiles\""), r.out());
    assertTrue(r.out().contains("\"name\": \"worker\""), r.out());
  }

  @Test
  void warningsGoToStderrAsTextOrJson() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n    x-notes: hi\n"
        + "    build:\n      context: ./nowhere\n");
    GenRunner.Result text = gen("model", dir.toString());
    assertEquals(0, text.code(), text.err());
    assertTrue(text.err().contains("nowhere/Dockerfile: warning: the Dockerfile of web cannot be read"),
        text.err());
    assertFalse(text.err().contains("x-notes"), "notices only with -v");
    GenRunner.Result json = gen("model", "-v", "--warnings", "json", dir.toString());
    JsonNode warnings = YJson.MAPPER.readTree(json.err());
    assertTrue(warnings.isArray() && warnings.size() == 2, json.err());
    assertEquals("services.web.x-notes", warnings.get(0).get("keyPath").asString());
    assertEquals(4, warnings.get(0).get("line").asInt());
    assertEquals("model.dockerfile-unreadable", warnings.get(1).get("code").asString());
    assertEquals("nowhere/Dockerfile", warnings.get(1).get("file").asString());
    assertEquals(1, gen("model", "--error-on-warning", dir.toString()).code());
  }

  @Test
  void inputErrorsAndUsageErrors() throws IOException {
    GenRunner.Result missing = gen("model", dir.resolve("nope.yaml").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no such file or directory"), missing.err());
    assertEquals("", missing.out());
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
    Files.createDirectories(dir.resolve("api"));
    Files.writeString(dir.resolve("api/Dockerfile"), "FROM alpine\n");
    GenRunner.Result mixed = gen("model", dir.resolve("compose.yaml").toString(), dir.resolve("api/Dockerfile").toString());
    assertEquals(2, mixed.code());
    assertTrue(mixed.err().contains("not a mix"), mixed.err());
    assertEquals(2, gen("model", "--no-interpolate", dir.toString()).code());
    assertEquals(2, gen("model", "--format", "xml", dir.toString()).code());
  }

  @Test
  void theTargetsReadRealInputToo() {
    Path out = dir.resolve("out");
    GenRunner.Result charm = gen("charm", fixtures().resolve("dockerfiles").toString(), "-o", out.resolve("charms").toString());
    assertEquals(0, charm.code(), charm.err());
    assertTrue(Files.isRegularFile(out.resolve("charms/worker-k8s/charmcraft.yaml")));
    GenRunner.Result bundle = gen("bundle", fixtures().resolve("shop").toString(), "-o", out.resolve("bundle").toString());
    assertEquals(0, bundle.code(), bundle.err());
    assertTrue(Files.isRegularFile(out.resolve("bundle/bundle.yaml")));
    GenRunner.Result blueprint = gen("blueprint", "--validate", fixtures().resolve("webapp/compose.yaml").toString(), "-o",
        out.resolve("blueprint").toString());
    assertEquals(0, blueprint.code(), blueprint.err());
    assertTrue(Files.isRegularFile(out.resolve("blueprint/webapp.yaml")));
  }
}
