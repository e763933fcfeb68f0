package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Project names, file discovery, {@code COMPOSE_*} switches and profiles. */
class ProjectSetupTest {

  @TempDir Path dir;

  private static ComposeRequest request(Path wd, List<Path> files, String name, List<String> profiles,
      Map<String, String> env) {
    return new ComposeRequest(files, wd, null, name, List.of(), profiles, env, true, true);
  }

  @Test
  void projectNamePrecedenceAndNormalization() {
    Path project = TestProjects.write(dir.resolve("My_Dir"), Map.of("compose.yaml", "services: {a: {image: x}}\n"));
    assertEquals("my_dir", ComposeLoader.load(request(project, List.of(), null, List.of(), Map.of()),
        new Diagnostics()).name());
    TestProjects.write(project, Map.of("compose.yaml", "name: \"-Bad.Name\"\nservices: {a: {image: x}}\n"));
    assertEquals("badname", ComposeLoader.load(request(project, List.of(), null, List.of(), Map.of()),
        new Diagnostics()).name());
    assertEquals("fromenv", ComposeLoader.load(request(project, List.of(), null, List.of(),
        Map.of("COMPOSE_PROJECT_NAME", "fromenv")), new Diagnostics()).name());
    assertEquals("cli", ComposeLoader.load(request(project, List.of(), "cli", List.of(),
        Map.of("COMPOSE_PROJECT_NAME", "fromenv")), new Diagnostics()).name());
    GenException e = assertThrows(GenException.class, () -> ComposeLoader.load(request(project, List.of(),
        "My_Project", List.of(), Map.of()), new Diagnostics()));
    assertEquals("invalid project name \"My_Project\": must consist only of lowercase alphanumeric characters,"
        + " hyphens, and underscores as well as start with a letter or number", e.first().message());
    assertEquals(GenException.EXIT_USAGE, e.exitCode(), "-p is the command line: a usage error");
    assertEquals("compose.project-name", e.first().code());
    GenException fromEnv = assertThrows(GenException.class, () -> ComposeLoader.load(request(project, List.of(),
        null, List.of(), Map.of("COMPOSE_PROJECT_NAME", "../evil")), new Diagnostics()));
    assertEquals(GenException.EXIT_INPUT, fromEnv.exitCode());
    assertTrue(fromEnv.first().message().startsWith("invalid project name \"../evil\": "), fromEnv.getMessage());
    assertTrue(fromEnv.first().message().endsWith(" (COMPOSE_PROJECT_NAME)"), fromEnv.getMessage());
    assertEquals("normalized, it would be \"evil\"", fromEnv.first().hint());
  }

  @Test
  void theProjectNameIsAVariable() {
    TestProjects.write(dir, Map.of("compose.yaml", "name: demo\nservices: {a: {image: \"x:${COMPOSE_PROJECT_NAME}\"}}\n"));
    JsonNode m = TestProjects.json(TestProjects.load(dir, "compose.yaml").model(), dir);
    assertEquals("x:demo", m.get("services").get("a").get("image").asString());
  }

  @Test
  void discoversFilesUpwardsWithTheirOverride() {
    TestProjects.write(dir, Map.of("compose.yaml", "services: {a: {image: x}}\n",
        "compose.override.yaml", "services: {a: {image: y}}\n", "docker-compose.yml", "services: {b: {image: z}}\n",
        "sub/deeper/readme.txt", ""));
    Diagnostics d = new Diagnostics();
    ComposeProject p = ComposeLoader.load(request(dir.resolve("sub/deeper"), List.of(), null, List.of(), Map.of()), d);
    assertEquals(List.of(dir.resolve("compose.yaml"), dir.resolve("compose.override.yaml")), p.files());
    assertEquals(dir, p.projectDirectory());
    assertEquals("y", p.model().getMap("services").getMap("a").getString("image"));
    assertTrue(d.all().stream().anyMatch(x -> x.code().equals("compose.multiple-files")));
  }

  @Test
  void composeFileVariableAndSeparator() {
    TestProjects.write(dir, Map.of("one.yaml", "services: {a: {image: x}}\n", "two.yaml", "services: {b: {image: y}}\n"));
    ComposeProject p = ComposeLoader.load(request(dir, List.of(), null, List.of(),
        Map.of("COMPOSE_FILE", "one.yaml;two.yaml", "COMPOSE_PATH_SEPARATOR", ";")), new Diagnostics());
    assertEquals(2, p.model().getMap("services").size());
    GenException none = assertThrows(GenException.class,
        () -> ComposeLoader.load(request(dir, List.of(), null, List.of(), Map.of()), new Diagnostics()));
    assertTrue(none.first().message().startsWith("no configuration file provided: not found"));
  }

  @Test
  void envFilesOptionAndDisabledDotenv() {
    TestProjects.write(dir, Map.of("compose.yaml", "services: {a: {image: \"x:${TAG:-none}\"}}\n",
        ".env", "TAG=dotenv\n", "other.env", "TAG=other\n"));
    ComposeRequest withEnvFile = new ComposeRequest(List.of(Path.of("compose.yaml")), dir, null, null,
        List.of(Path.of("other.env")), List.of(), Map.of(), true, true);
    assertEquals("x:other", image(ComposeLoader.load(withEnvFile, new Diagnostics())));
    assertEquals("x:dotenv", image(ComposeLoader.load(request(dir, List.of(Path.of("compose.yaml")), null,
        List.of(), Map.of()), new Diagnostics())));
    assertEquals("x:none", image(ComposeLoader.load(request(dir, List.of(Path.of("compose.yaml")), null,
        List.of(), Map.of("COMPOSE_DISABLE_ENV_FILE", "true")), new Diagnostics())));
    assertEquals("x:os", image(ComposeLoader.load(request(dir, List.of(Path.of("compose.yaml")), null,
        List.of(), Map.of("TAG", "os")), new Diagnostics())));
  }

  private static String image(ComposeProject p) {
    return p.model().getMap("services").getMap("a").getString("image");
  }

  @Test
  void profiles() {
    TestProjects.write(dir, Map.of("compose.yaml", """
        services:
          web:
            image: x
            depends_on:
              db: {condition: service_started, required: false}
          db: {image: pg, profiles: [debug]}
          tools: {image: t, profiles: [tools, debug], depends_on: [web]}
        """));
    assertEquals(List.of("web"), services(List.of(), Map.of()));
    assertEquals(List.of("db", "tools", "web"), services(List.of("debug"), Map.of()));
    assertEquals(List.of("tools", "web"), services(List.of(), Map.of("COMPOSE_PROFILES", "tools")));
    assertEquals(List.of("db", "tools", "web"), services(List.of("*"), Map.of()));
    TestProjects.write(dir, Map.of("compose.yaml",
        "services:\n  web: {image: x, depends_on: [db]}\n  db: {image: pg, profiles: [debug]}\n"));
    GenException e = assertThrows(GenException.class, () -> services(List.of(), Map.of()));
    assertEquals("service \"web\" depends on undefined service \"db\": invalid compose project", e.first().message());
  }

  private List<String> services(List<String> profiles, Map<String, String> env) {
    ComposeProject p = ComposeLoader.load(request(dir, List.of(Path.of("compose.yaml")), null, profiles, env),
        new Diagnostics());
    return p.model().getMap("services").keys().stream().sorted().toList();
  }

  @Test
  void unusedResourcesAreDropped() {
    JsonNode m = TestProjects.model(dir, """
        services: {a: {image: x, networks: [used], volumes: ["v1:/v"]}}
        networks: {used: {}, unused: {}}
        volumes: {v1: {}, v2: {}}
        """);
    assertEquals("[\"used\"]", MergeTest.YJsonNames.of(m.get("networks")));
    assertEquals("[\"v1\"]", MergeTest.YJsonNames.of(m.get("volumes")));
    assertFalse(m.has("secrets"));
  }
}
