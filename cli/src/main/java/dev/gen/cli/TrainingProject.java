package dev.gen.cli;

import dev.gen.write.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small built-in project, written into a temporary directory, and a run of every command of gen on it (the
 * deliberate input errors included). {@code gen self-train} runs them once so that the launcher's class archive holds
 * the classes real runs load; the daemon runs them again and again so that its JIT has compiled them before users
 * wait for it. Closing deletes the directory.
 */
public final class TrainingProject implements AutoCloseable {

  /** The training project's files, below this class's package on the class path. */
  private static final String RESOURCES = "selftrain/";
  private static final List<String> FILES = List.of("compose.yaml", "db_password.txt", "web/Dockerfile");

  /** One run of gen and the exit code it must end with. */
  public record Run(int expected, String... args) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  private static final List<Run> RUNS = List.of(
      new Run(ExitCodes.OK, "--help"),
      new Run(ExitCodes.OK, "charm", "--help"),
      new Run(ExitCodes.OK, "--version"),
      new Run(ExitCodes.OK, "config", "compose.yaml"),
      new Run(ExitCodes.OK, "config", "--format", "json", "compose.yaml"),
      new Run(ExitCodes.OK, "model", "--format", "yaml", "compose.yaml"),
      new Run(ExitCodes.OK, "model", "--warnings", "json", "compose.yaml"),
      new Run(ExitCodes.OK, "charm", "compose.yaml", "-o", "out/charm"),
      new Run(ExitCodes.OK, "charm", "compose.yaml", "-o", "out/charm", "--check"),
      new Run(ExitCodes.OK, "charm", "compose.yaml", "-o", "out/charm", "--dry-run"),
      new Run(ExitCodes.OK, "charm", "--flavour", "machine", "--use-charmhub", "compose.yaml",
          "-o", "out/charm-machine"),
      new Run(ExitCodes.OK, "bundle", "--use-charmhub", "compose.yaml", "-o", "out/bundle"),
      new Run(ExitCodes.OK, "bundle", "--flavour", "machine", "compose.yaml", "--stdout"),
      new Run(ExitCodes.OK, "blueprint", "--java", "compose.yaml", "-o", "out/blueprint"),
      new Run(ExitCodes.OK, "blueprint", "--style", "container", "compose.yaml", "--stdout"),
      new Run(ExitCodes.OK, "charm", "compose.yaml", "-o", "out/charm-report", "--report", "out/report"),
      new Run(ExitCodes.OK, "graph", "compose.yaml", "-o", "out/graph.svg"),
      new Run(ExitCodes.OK, "graph", "compose.yaml", "--format", "mermaid", "--stdout"),
      new Run(ExitCodes.OK, "report", "compose.yaml", "-o", "out/report-only"),
      new Run(ExitCodes.OK, "init", "--image", "nginx:1.27", "-o", "out/init"),
      new Run(ExitCodes.OK, "templates", "list"),
      // and input errors, for the classes that report them (with the source line and a caret)
      new Run(ExitCodes.INPUT, "model", "missing.yaml"),
      new Run(ExitCodes.INPUT, "config", "--color", "always", "broken.yaml"));

  private final Path dir;
  // a context of its own: the project's directory, an empty environment, no terminal (what training compiles must
  // not depend on where or by whom it runs); paths relative to the directory, as users give them
  private final RunContext context;

  private TrainingProject(Path dir) {
    this.dir = dir;
    this.context = RunContext.of(dir, Map.of());
  }

  /** Writes the project into a new temporary directory. */
  public static TrainingProject create() throws IOException {
    Path dir = Files.createTempDirectory("gen-self-train-");
    try {
      for (String name : FILES) {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = TrainingProject.class.getResourceAsStream(RESOURCES + name)) {
          if (in == null) {
            throw new IllegalStateException(RESOURCES + name + " is missing from the jar");
          }
          Files.copy(in, target);
        }
      }
      Files.writeString(dir.resolve("broken.yaml"), "services:\n  web:\n    image: [nginx\n");
      return new TrainingProject(dir);
    } catch (IOException | RuntimeException e) {
      Trees.deleteUnchecked(dir);
      throw e;
    }
  }

  /** Every run, in order. */
  public List<Run> runs() {
    return RUNS;
  }

  /** Runs gen with the run's arguments in the project, its output discarded, and returns the exit code. */
  public int run(Run run) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    return Main.run(run.args(), none, none, context);
  }

  @Override
  public void close() {
    Trees.deleteUnchecked(dir);
  }
}
