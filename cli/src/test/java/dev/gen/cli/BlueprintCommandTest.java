package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.SourceLocation;
import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's own options, with a stand-in loader ({@link ModelCommandTest} runs the real one). */
class BlueprintCommandTest {

  private static final ProjectLoader ONE_SERVICE = (input, diagnostics) -> new Project("demo", SourceKind.COMPOSE,
      List.of(Service.builder("web").image("nginx:1").user("www")
          .addEnvironment(EnvVar.plain("GREETING", "hi", SourceLocation.of("compose.yaml")))
          .location(new SourceLocation("compose.yaml", 2, 3)).build()),
      null, null, null, null, null, null);

  @TempDir Path cwd;

  private int run(StringWriter err, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "blueprint";
    System.arraycopy(args, 0, all, 1, args.length);
    GenRunner.Result r = GenRunner.in(cwd).loader(ONE_SERVICE).run(all);
    err.write(r.err());
    return r.code();
  }

  @Test
  void writesTheBlueprintAndTheCatalog(@TempDir Path dir) throws Exception {
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "--style", "container", "--location", "docker", "--java", "-o", dir.toString()));
    assertTrue(Files.isRegularFile(dir.resolve("java/pom.xml")));
    assertTrue(Files.isRegularFile(dir.resolve("java/src/main/java/gen/demo/WebEntity.java")));
    assertTrue(Files.readString(dir.resolve("demo.yaml")).contains("DockerContainer"));
    assertTrue(Files.readString(dir.resolve("catalog.bom")).contains("id: demo-web"));
    assertTrue(err.toString().contains("user is not carried over"), err.toString());
  }

  @Test
  void wrongOptionsAreUsageErrors(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "--style", "swarm", "-o", dir.toString()));
    assertTrue(err.toString().contains("expected vm or container"), err.toString());
    assertEquals(2, run(new StringWriter(), "--catalog-version", "latest", "-o", dir.toString()));
    assertEquals(2, run(new StringWriter(), "--style", "vm"));
  }
}
