package dev.gen.cli;

import dev.gen.write.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gen self-train} (hidden): runs every command of gen once on a small built-in project, writing into a
 * temporary directory that is deleted afterwards and printing nothing. The {@code gen} launcher runs it once per jar
 * and JDK with {@code -XX:ArchiveClassesAtExit}, so that the class archive it makes holds the classes real runs load
 * (picocli, the YAML reader, the Compose schema validator, the templates, charmcraft's schema...), whatever command
 * the user runs first.
 *
 * <p>Exit code 0 when every run went as expected (the deliberate errors included), else 1: a test runs it, so the
 * training project cannot drift out of what gen accepts.
 */
@Command(name = "self-train", hidden = true,
    description = "Run every command once on a built-in project, printing nothing (the launcher's class archive).")
final class SelfTrainCommand implements Callable<Integer> {

  /** The training project's files, below this class's package on the class path. */
  private static final String RESOURCES = "selftrain/";
  private static final List<String> FILES = List.of("compose.yaml", "db_password.txt", "web/Dockerfile");

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path dir = Files.createTempDirectory("gen-self-train-");
    try {
      for (String name : FILES) {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = SelfTrainCommand.class.getResourceAsStream(RESOURCES + name)) {
          if (in == null) {
            throw new IllegalStateException(RESOURCES + name + " is missing from the jar");
          }
          Files.copy(in, target);
        }
      }
      // a context of its own: the project's directory, an empty environment, no terminal (the archive must not
      // depend on where or by whom it was trained); paths relative to the directory, as users give them
      RunContext here = RunContext.of(dir, Map.of());
      Files.writeString(dir.resolve("broken.yaml"), "services:\n  web:\n    image: [nginx\n");
      List<Training> runs = List.of(
          new Training(ExitCodes.OK, "--help"),
          new Training(ExitCodes.OK, "charm", "--help"),
          new Training(ExitCodes.OK, "--version"),
          new Training(ExitCodes.OK, "config", "compose.yaml"),
          new Training(ExitCodes.OK, "config", "--format", "json", "compose.yaml"),
          new Training(ExitCodes.OK, "model", "--format", "yaml", "compose.yaml"),
          new Training(ExitCodes.OK, "model", "--warnings", "json", "compose.yaml"),
          new Training(ExitCodes.OK, "charm", "compose.yaml", "-o", "out/charm"),
          new Training(ExitCodes.OK, "charm", "compose.yaml", "-o", "out/charm", "--check"),
          new Training(ExitCodes.OK, "charm", "compose.yaml", "-o", "out/charm", "--dry-run"),
          new Training(ExitCodes.OK, "charm", "--flavour", "machine", "--use-charmhub", "compose.yaml",
              "-o", "out/charm-machine"),
          new Training(ExitCodes.OK, "bundle", "--use-charmhub", "compose.yaml", "-o", "out/bundle"),
          new Training(ExitCodes.OK, "bundle", "--flavour", "machine", "compose.yaml", "--stdout"),
          new Training(ExitCodes.OK, "blueprint", "--java", "compose.yaml", "-o", "out/blueprint"),
          new Training(ExitCodes.OK, "blueprint", "--style", "container", "compose.yaml", "--stdout"),
          new Training(ExitCodes.OK, "charm", "compose.yaml", "-o", "out/charm-report", "--report", "out/report"),
          new Training(ExitCodes.OK, "graph", "compose.yaml", "-o", "out/graph.svg"),
          new Training(ExitCodes.OK, "graph", "compose.yaml", "--format", "mermaid", "--stdout"),
          new Training(ExitCodes.OK, "report", "compose.yaml", "-o", "out/report-only"),
          new Training(ExitCodes.OK, "init", "--image", "nginx:1.27", "-o", "out/init"),
          new Training(ExitCodes.OK, "templates", "list"),
          // and input errors, for the classes that report them (with the source line and a caret)
          new Training(ExitCodes.INPUT, "model", "missing.yaml"),
          new Training(ExitCodes.INPUT, "config", "--color", "always", "broken.yaml"));
      List<String> failed = new ArrayList<>();
      for (Training t : runs) {
        int code = run(t.args(), here);
        if (code != t.expected()) {
          failed.add(String.join(" ", t.args()) + " (exit " + code + ")");
        }
      }
      if (!failed.isEmpty()) {
        spec.commandLine().getErr().println("gen self-train: unexpected exit codes: " + String.join("; ", failed));
        spec.commandLine().getErr().flush();
        return 1;
      }
      return 0;
    } finally {
      Trees.deleteUnchecked(dir);
    }
  }

  /** One run of gen and the exit code it must end with. */
  private record Training(int expected, String... args) {}

  /** Runs gen with the arguments in the context, its output discarded, and returns the exit code. */
  private static int run(String[] args, RunContext context) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    return Main.run(args, none, none, context);
  }
}
