package dev.gen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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
 * <p>Exit code 0 when every run went as expected (the one deliberate error included), else 1: a test runs it, so the
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
      String compose = dir.resolve("compose.yaml").toString();
      String out = dir.resolve("out").toString();
      List<String[]> runs = List.of(
          new String[] {"--help"},
          new String[] {"charm", "--help"},
          new String[] {"--version"},
          new String[] {"config", compose},
          new String[] {"config", "--format", "json", compose},
          new String[] {"model", "--format", "yaml", compose},
          new String[] {"model", "--warnings", "json", compose},
          new String[] {"charm", compose, "-o", out + "/charm"},
          new String[] {"charm", "--flavour", "machine", "--use-charmhub", compose, "-o", out + "/charm-machine"},
          new String[] {"bundle", "--use-charmhub", compose, "-o", out + "/bundle"},
          new String[] {"bundle", "--flavour", "machine", compose, "-o", out + "/bundle-machine"},
          new String[] {"blueprint", "--java", compose, "-o", out + "/blueprint"},
          new String[] {"blueprint", "--style", "container", compose, "-o", out + "/blueprint-container"});
      List<String> failed = new ArrayList<>();
      for (String[] args : runs) {
        if (run(args) != 0) {
          failed.add(String.join(" ", args));
        }
      }
      // and one input error, for the classes that report errors
      if (run(new String[] {"model", dir.resolve("missing.yaml").toString()}) != 1) {
        failed.add("model missing.yaml");
      }
      if (!failed.isEmpty()) {
        spec.commandLine().getErr().println("gen self-train: unexpected exit codes: " + String.join("; ", failed));
        spec.commandLine().getErr().flush();
        return 1;
      }
      return 0;
    } finally {
      deleteTree(dir);
    }
  }

  /** Runs gen with the arguments, its output discarded, and returns the exit code. */
  private static int run(String[] args) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    CommandLine cli = GenCommand.commandLine();
    cli.setOut(none);
    cli.setErr(none);
    return cli.execute(args);
  }

  private static void deleteTree(Path root) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
