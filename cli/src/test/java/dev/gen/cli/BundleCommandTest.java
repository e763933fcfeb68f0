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

class BundleCommandTest {

  private static final Project PROJECT = new Project("demo", SourceKind.COMPOSE, List.of(
      Service.builder("db").image("postgres:16")
          .addEnvironment(EnvVar.plain("POSTGRES_DB", "app", null))
          .build(),
      Service.builder("web").image("example/web:1")
          .addPort(new PortMapping(80, "8080", null, "tcp", "ingress", null, null, null))
          .addDependency(new Dependency("db", List.of(Dependency.Via.DEPENDS_ON), null, true, false, null, null))
          .build()),
      List.of(), List.of(), List.of(), List.of(), null, null);

  @TempDir Path cwd;

  private GenRunner.Result gen(String... args) {
    return GenRunner.in(cwd).loader((input, d) -> PROJECT).run(args);
  }

  @Test
  void writesTheBundleItsCharmsAndTheDeployScript(@TempDir Path dir) throws Exception {
    GenRunner.Result r = gen("bundle", "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    String bundle = Files.readString(dir.resolve("bundle.yaml"));
    assertTrue(bundle.contains("bundle: kubernetes"), bundle);
    assertTrue(bundle.contains("charm: \"./charms/web-k8s/web-k8s_amd64.charm\""), bundle);
    assertTrue(Files.isRegularFile(dir.resolve("charms/web-k8s/charmcraft.yaml")));
    assertTrue(Files.isRegularFile(dir.resolve("charms/db-k8s/src/charm.py")));
    assertTrue(Files.isExecutable(dir.resolve("deploy.sh")));
    assertTrue(Files.isRegularFile(dir.resolve("README.md")));
  }

  @Test
  void charmhubAndDirectoryReferences(@TempDir Path dir) throws Exception {
    GenRunner.Result r = gen("bundle", "--use-charmhub", "--charm-ref", "dir", "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    String bundle = Files.readString(dir.resolve("bundle.yaml"));
    assertTrue(bundle.contains("charm: postgresql-k8s"), bundle);
    assertTrue(bundle.contains("charm: \"./charms/web-k8s\""), bundle);
    assertTrue(bundle.contains("[\"web:database\", \"db:database\"]"), bundle);
    assertFalse(Files.exists(dir.resolve("charms/db-k8s")), "no charm for a service deployed from Charmhub");
  }

  @Test
  void badChoicesAreUsageErrors(@TempDir Path dir) {
    assertEquals(2, gen("bundle", "--charm-ref", "zip", "-o", dir.toString()).code());
    assertEquals(2, gen("bundle", "--flavour", "lxd", "-o", dir.toString()).code());
    assertEquals(2, gen("bundle", "--base", "ubuntu@20.04", "-o", dir.toString()).code());
    assertEquals(2, gen("bundle").code());
  }

  @Test
  void aMachineBundleDeploysMachineCharms(@TempDir Path dir) throws Exception {
    GenRunner.Result r = gen("bundle", "--flavour", "machine", "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    String bundle = Files.readString(dir.resolve("bundle.yaml"));
    assertTrue(bundle.contains("default-base: ubuntu@24.04"), bundle);
    assertTrue(bundle.contains("charm: \"./charms/web/web_amd64.charm\""), bundle);
    assertTrue(Files.isExecutable(dir.resolve("charms/web/hooks/install")));
    assertTrue(Files.isRegularFile(dir.resolve("charms/db/lib/charm.sh")));
  }

  @Test
  void aMachineBundleWithCharmhubCharms(@TempDir Path dir) throws Exception {
    GenRunner.Result r = gen("bundle", "--flavour", "machine", "--use-charmhub", "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    String bundle = Files.readString(dir.resolve("bundle.yaml"));
    assertTrue(bundle.contains("charm: postgresql"), bundle);
    assertTrue(bundle.contains("[\"web:database\", \"db:database\"]"), bundle);
    assertTrue(Files.isExecutable(dir.resolve("charms/web/hooks/leader-elected")));
    assertTrue(Files.readString(dir.resolve("charms/web/lib/workload.sh"))
        .contains("workload_client_request database database app\n"));
  }
}
