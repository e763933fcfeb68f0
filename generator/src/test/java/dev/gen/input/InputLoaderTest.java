package dev.gen.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each kind of input becomes, and the input errors. */
class InputLoaderTest {

  @TempDir Path dir;

  private static final String COMPOSE = "services:\n  app:\n    image: example/app:1\n";

  private Path write(String relative, String text) throws IOException {
    Path f = dir.resolve(relative);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  private static String dockerfile(String label) {
    return "FROM alpine:3.20\nLABEL org.opencontainers.image.title=\"" + label + "\"\nCMD [\"run\"]\n";
  }

  private Project load(Path... inputs) {
    return load(InputRequest.of(List.of(inputs), dir, Map.of()));
  }

  private Project load(InputRequest request) {
    return new InputLoader().load(request, new Diagnostics());
  }

  private static List<String> names(Project p) {
    return p.services().stream().map(Service::name).toList();
  }

  private static String context(Project p, String service) {
    return p.service(service).orElseThrow().build().context();
  }

  private GenException fails(Path... inputs) {
    return assertThrows(GenException.class, () -> load(inputs));
  }

  @Test
  void withoutInputTheComposeFileOfTheWorkingDirectoryIsFound() throws IOException {
    write("proj/compose.yaml", COMPOSE);
    Project p = load(InputRequest.of(List.of(), dir.resolve("proj/sub/.."), Map.of()));
    assertEquals("proj", p.name());
    assertEquals(SourceKind.COMPOSE, p.source());
    assertEquals(List.of("app"), names(p));
  }

  @Test
  void composeFilesAreMergedInOrder() throws IOException {
    Path a = write("a.yaml", COMPOSE);
    Path b = write("b.yml", "services:\n  app:\n    user: \"1000\"\n  other:\n    image: x\n");
    Project p = load(Path.of("a.yaml"), b);
    assertEquals(List.of("app", "other"), names(p));
    assertEquals("1000", p.service("app").orElseThrow().user());
    assertEquals(dir.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", ""),
        p.name());
    assertTrue(Files.exists(a));
  }

  @Test
  void aDockerfileIsOneServiceNamedAfterItsFolder() throws IOException {
    Path f = write("My Api/Dockerfile", dockerfile("API"));
    Project p = load(f);
    assertEquals(SourceKind.DOCKERFILES, p.source());
    assertEquals("myapi", p.name(), "the project is named after the folder, as Compose names projects");
    assertEquals(List.of("my-api"), names(p));
    assertEquals(".", context(p, "my-api"));
    assertEquals("API", p.service("my-api").orElseThrow().branding().title());
  }

  @Test
  void everyDockerfileNameIsRecognised() {
    for (String name : List.of("Dockerfile", "dockerfile", "Containerfile", "Dockerfile.dev", "api.Dockerfile",
        "web.dockerfile", "Containerfile.prod")) {
      assertTrue(DockerfileNames.isDockerfile(name), name);
    }
    for (String name : List.of("Dockerfile.dockerignore", "api.Dockerfile.dockerignore", "compose.yaml",
        "Dockerfiles", "MyDockerfile", "Dockerfile.", ".Dockerfile")) {
      assertTrue(!DockerfileNames.isDockerfile(name), name);
    }
    assertEquals("dev", DockerfileNames.variant("Dockerfile.dev"));
    assertEquals("api", DockerfileNames.variant("api.Dockerfile"));
    assertEquals("", DockerfileNames.variant("Containerfile"));
  }

  @Test
  void severalDockerfilesShareTheirCommonFolder() throws IOException {
    Path api = write("repo/api/Dockerfile", dockerfile("API"));
    Path web = write("repo/web/Containerfile", dockerfile("Web"));
    Project p = load(api, web);
    assertEquals("repo", p.name());
    assertEquals(List.of("api", "web"), names(p));
    assertEquals("api", context(p, "api"));
    assertEquals("Containerfile", p.service("web").orElseThrow().build().dockerfile());
    assertEquals("web/Containerfile:1:1", p.service("web").orElseThrow().location().toString());
  }

  @Test
  void twoDockerfilesOfOneFolderCollide() throws IOException {
    Path a = write("app/Dockerfile", dockerfile("A"));
    Path b = write("app/Dockerfile.dev", dockerfile("B"));
    GenException e = fails(a, b);
    assertEquals("input.duplicate-service", e.first().code());
    assertTrue(e.first().message().contains(a.toString()) && e.first().message().contains(b.toString()),
        e.first().message());
  }

  @Test
  void aDirectoryWithAComposeFileIsThatProjectOverrideIncluded() throws IOException {
    write("proj/compose.yaml", COMPOSE);
    write("proj/compose.override.yaml", "services:\n  app:\n    working_dir: /srv\n");
    write("proj/app/Dockerfile", dockerfile("ignored: the compose file wins"));
    Project p = load(dir.resolve("proj"));
    assertEquals(SourceKind.COMPOSE, p.source());
    assertEquals(List.of("app"), names(p));
    assertEquals("/srv", p.service("app").orElseThrow().workingDir());
    assertEquals("example/app:1", p.service("app").orElseThrow().image());
  }

  @Test
  void aDirectoryOfDockerfilesIsOneServicePerDockerfile() throws IOException {
    write("Shop/Dockerfile", dockerfile("root"));
    write("Shop/api/Dockerfile", dockerfile("api"));
    write("Shop/services/web/Dockerfile", dockerfile("web"));
    write("Shop/services/web/Dockerfile.debug", dockerfile("web debug"));
    write("Shop/tools/migrate.Dockerfile", dockerfile("migrate"));
    write("Shop/docs/README.md", "not a Dockerfile\n");
    Project p = load(dir.resolve("Shop"));
    assertEquals("shop", p.name());
    assertEquals(SourceKind.DOCKERFILES, p.source());
    assertEquals(List.of("api", "services-web", "services-web-debug", "shop", "tools-migrate"), names(p));
    assertEquals("services/web", context(p, "services-web"));
    assertEquals("Dockerfile.debug", p.service("services-web-debug").orElseThrow().build().dockerfile());
    assertEquals(".", context(p, "shop"));
    assertEquals("migrate", p.service("tools-migrate").orElseThrow().branding().title());
  }

  @Test
  void hiddenDependencyAndBuildFoldersAreSkipped() throws IOException {
    write("p/app/Dockerfile", dockerfile("app"));
    for (String skipped : List.of(".git", ".github/actions", "node_modules/x", "vendor/y", "target/z",
        "app/node_modules/dep")) {
      write("p/" + skipped + "/Dockerfile", dockerfile(skipped));
    }
    assertEquals(List.of("app"), names(load(dir.resolve("p"))));
  }

  @Test
  void symbolicLinksAreNotFollowed() throws IOException {
    write("outside/Dockerfile", dockerfile("outside"));
    write("outside/deep/Dockerfile", dockerfile("deep"));
    write("p/app/Dockerfile", dockerfile("app"));
    Files.createSymbolicLink(dir.resolve("p/linked"), dir.resolve("outside"));
    Files.createDirectories(dir.resolve("p/file"));
    Files.createSymbolicLink(dir.resolve("p/file/Dockerfile"), dir.resolve("outside/Dockerfile"));
    Files.createSymbolicLink(dir.resolve("p/app/loop"), dir.resolve("p"));
    assertEquals(List.of("app"), names(load(dir.resolve("p"))));
  }

  @Test
  void foldersThatCollideAreAnErrorNamingBoth() throws IOException {
    write("p/web-app/Dockerfile", dockerfile("a"));
    write("p/web/app/Dockerfile", dockerfile("b"));
    GenException e = fails(dir.resolve("p"));
    assertEquals("input.duplicate-service", e.first().code());
    assertTrue(e.first().message().contains("web-app" + java.io.File.separator + "Dockerfile")
        && e.first().message().contains("web" + java.io.File.separator + "app"), e.first().message());
  }

  @Test
  void aFolderNameWithoutLettersCannotNameAService() throws IOException {
    write("p/___/Dockerfile", dockerfile("x"));
    assertEquals("input.service-name", fails(dir.resolve("p")).first().code());
  }

  @Test
  void projectNamesFollowComposeRules() throws IOException {
    Path f = write("api/Dockerfile", dockerfile("API"));
    InputRequest named = new InputRequest(List.of(f), dir, null, "custom", List.of(), List.of(), Map.of(), true,
        true);
    assertEquals("custom", load(named).name());
    InputRequest fromEnv = new InputRequest(List.of(f), dir, null, null, List.of(), List.of(),
        Map.of("COMPOSE_PROJECT_NAME", "from-env"), true, true);
    assertEquals("from-env", load(fromEnv).name());
    InputRequest bad = new InputRequest(List.of(f), dir, null, "Not Valid", List.of(), List.of(), Map.of(), true,
        true);
    assertEquals("compose.project-name", assertThrows(GenException.class, () -> load(bad)).first().code());
    InputRequest elsewhere = new InputRequest(List.of(f), dir, dir, null, List.of(), List.of(), Map.of(), true,
        true);
    Project p = load(elsewhere);
    assertEquals("api", context(p, "api"), "paths are relative to --project-directory");
  }

  @Test
  void inputErrors() throws IOException {
    Path compose = write("compose.yaml", COMPOSE);
    Path docker = write("api/Dockerfile", dockerfile("API"));
    Files.createDirectories(dir.resolve("empty/.hidden"));
    write("empty/.hidden/Dockerfile", dockerfile("hidden"));

    GenException missing = fails(dir.resolve("nope.yaml"));
    assertEquals("input.not-found", missing.first().code());
    assertEquals(GenException.EXIT_INPUT, missing.exitCode());

    GenException mixed = fails(compose, docker);
    assertEquals(GenException.EXIT_USAGE, mixed.exitCode());
    assertTrue(mixed.first().message().contains("not a mix"), mixed.first().message());
    assertEquals(GenException.EXIT_USAGE, fails(compose, dir.resolve("api")).exitCode());
    assertEquals(GenException.EXIT_USAGE, fails(dir.resolve("api"), dir.resolve("empty")).exitCode());

    GenException empty = fails(dir.resolve("empty"));
    assertEquals("input.nothing-found", empty.first().code());
    assertEquals(GenException.EXIT_INPUT, empty.exitCode());

    InputRequest raw = new InputRequest(List.of(compose), dir, null, null, List.of(), List.of(), Map.of(), false,
        true);
    assertEquals(GenException.EXIT_USAGE, assertThrows(GenException.class, () -> load(raw)).exitCode());
  }

  @Test
  void aBrokenDockerfileGivenAsInputIsAnError() throws IOException {
    Path f = write("api/Dockerfile", "FROM alpine\nFROBNICATE x\n");
    GenException e = fails(f);
    assertEquals("dockerfile.unknown-instruction", e.first().code());
    assertEquals("Dockerfile:2:1", e.first().location().toString(), "relative to the project directory");
  }
}
