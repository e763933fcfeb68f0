package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.model.Dependency;
import dev.gen.model.EnvVar;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharmCommandTest {

  private static final Project PROJECT = new Project("demo", SourceKind.COMPOSE, List.of(
      Service.builder("web").image("nginx:1.27")
          .addPort(new PortMapping(80, "8080", null, "tcp", "ingress", null, null, null))
          .addEnvironment(EnvVar.plain("GREETING", "hello", null))
          .build(),
      Service.builder("worker").image("python:3.12").command(List.of("python", "-m", "worker")).build()),
      List.of(), List.of(), List.of(), List.of(), null, null);

  @TempDir Path cwd;

  private GenRunner.Result gen(ProjectLoader loader, String... args) {
    return GenRunner.in(cwd).loader(loader).run(args);
  }

  @Test
  void writesOneCharmPerServiceIntoTheOutputDirectory(@TempDir Path dir) throws Exception {
    GenRunner.Result r = gen((input, d) -> PROJECT, "charm", "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isRegularFile(dir.resolve("web-k8s/charmcraft.yaml")));
    assertTrue(Files.isRegularFile(dir.resolve("worker-k8s/src/workload.py")));
    assertTrue(Files.isExecutable(dir.resolve("web-k8s/src/charm.py")));
  }

  @Test
  void serviceSelectsCharms(@TempDir Path dir) {
    GenRunner.Result r = gen((input, d) -> PROJECT, "charm", "--service", "worker", "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isDirectory(dir.resolve("worker-k8s")));
    assertFalse(Files.exists(dir.resolve("web-k8s")));
  }

  @Test
  void badChoicesAreUsageErrors(@TempDir Path dir) {
    assertEquals(2, gen((input, d) -> PROJECT, "charm", "--base", "ubuntu@20.04", "-o", dir.toString()).code());
    assertEquals(2, gen((input, d) -> PROJECT, "charm", "--flavour", "lxd", "-o", dir.toString()).code());
    GenRunner.Result unknown = gen((input, d) -> PROJECT, "charm", "--service", "nope", "-o", dir.toString());
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("no service named 'nope'"), unknown.err());
    assertEquals(2, gen((input, d) -> PROJECT, "charm").code());
  }

  @Test
  void writesMachineCharms(@TempDir Path dir) throws Exception {
    GenRunner.Result r = gen((input, d) -> PROJECT, "charm", "--flavour", "machine", "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    String charmcraft = Files.readString(dir.resolve("web/charmcraft.yaml"));
    assertTrue(charmcraft.contains("plugin: dump"), charmcraft);
    assertTrue(Files.isExecutable(dir.resolve("web/hooks/install")));
    assertTrue(Files.isExecutable(dir.resolve("worker/actions/rebuild")));
    assertFalse(Files.isExecutable(dir.resolve("web/lib/charm.sh")));
    assertTrue(Files.readString(dir.resolve("worker/README.md")).contains("juju deploy ./worker_amd64.charm"));
  }

  @Test
  void useCharmhubRelatesTheCharmsToCharmhubCharms(@TempDir Path dir) throws Exception {
    Project withDatabase = new Project("demo", SourceKind.COMPOSE, List.of(
        Service.builder("db").image("postgres:16").build(),
        Service.builder("web").image("example/web:1")
            .addDependency(new Dependency("db", List.of(Dependency.Via.DEPENDS_ON), null, true, false, null, null))
            .build()), List.of(), List.of(), List.of(), List.of(), null, null);
    GenRunner.Result r = gen((input, d) -> withDatabase, "charm", "--flavour", "machine", "--use-charmhub", "-o",
        dir.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(Files.exists(dir.resolve("db")), "db is deployed from Charmhub");
    assertTrue(Files.readString(dir.resolve("web/charmcraft.yaml")).contains("interface: postgresql_client"));
    assertTrue(Files.isExecutable(dir.resolve("web/hooks/database-relation-changed")));
  }

  @Test
  void withoutALoaderTheCommandSaysSo(@TempDir Path dir) {
    GenRunner.Result r = gen(ProjectLoader.unavailable(), "charm", "-o", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("not available"), r.err());
  }

  @Test
  void warningsAreReportedAndCanFailTheRun(@TempDir Path dir) {
    Project unknownCommand = new Project("demo", SourceKind.COMPOSE,
        List.of(Service.builder("app").image("example/app:1").build()), List.of(), List.of(), List.of(),
        List.of(), null, null);
    GenRunner.Result r = gen((input, d) -> unknownCommand, "charm", "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("is not known"), r.err());
    Path strict = dir.resolve("strict");
    GenRunner.Result failed = gen((input, d) -> unknownCommand, "charm", "--error-on-warning", "-o", strict.toString());
    assertEquals(1, failed.code());
    assertFalse(Files.exists(strict), "nothing is written when the run fails");
  }

  @Test
  void userTemplatesOverrideBuiltIns(@TempDir Path dir) throws Exception {
    Path templates = dir.resolve("templates/charm/k8s");
    Files.createDirectories(templates);
    Files.writeString(templates.resolve("requirements.txt.mustache"), "ops==3.0.0\n");
    Path out = dir.resolve("out");
    GenRunner.Result r = gen((input, d) -> PROJECT, "charm", "--templates", dir.resolve("templates").toString(),
        "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("ops==3.0.0\n", Files.readString(out.resolve("web-k8s/requirements.txt")));
  }
}
