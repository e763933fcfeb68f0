package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.SourceLocation;
import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import dev.gen.render.TemplateEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command's own options, with a stand-in loader ({@link ModelCommandTest} runs the real one). */
class BlueprintCommandTest {

  private static final ProjectLoader ONE_SERVICE = (input, diagnostics) -> new Project("demo", SourceKind.COMPOSE,
      List.of(Service.builder("web").image("nginx:1").user("www")
          .addEnvironment(EnvVar.plain("GREETING", "hi", SourceLocation.of("compose.yaml")))
          .location(new SourceLocation("compose.yaml", 2, 3)).build()),
      null, null, null, null, null, null);

  private static int run(StringWriter err, String... args) {
    CommandLine cli = new CommandLine(new BlueprintCommand(ONE_SERVICE, TemplateEngine.builtIn()));
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
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
