package dev.gen.determinism;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.testing.AllTargets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything gen makes of a folder of example projects, written to disk: for every project, the diagnostics of
 * loading it and the files of every output ({@code <project>/<output>/<path>}, with a list of the executable ones).
 * {@link DeterminismTest} runs it in its own JVM and in a forked JVM with another time zone, locale and default
 * encoding, and compares the two trees byte for byte. A main class, so that the fork can run it.
 */
public final class OutputDump {

  private OutputDump() {}

  /** {@code OutputDump FIXTURES OUT}. */
  public static void main(String[] args) throws IOException {
    dump(Path.of(args[0]), Path.of(args[1]));
  }

  /** Dumps every project folder of {@code fixtures} (but {@code conformance/}) into {@code out}. */
  public static void dump(Path fixtures, Path out) throws IOException {
    List<String> projects;
    try (Stream<Path> s = Files.list(fixtures)) {
      projects = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("conformance")).sorted().toList();
    }
    for (String name : projects) {
      Path dir = Files.createDirectories(out.resolve(name));
      Diagnostics diagnostics = new Diagnostics();
      StringBuilder report = new StringBuilder();
      Project project = null;
      try {
        project = new InputLoader().load(InputRequest.of(List.of(fixtures.resolve(name)), fixtures, Map.of()),
            diagnostics);
      } catch (GenException e) {
        e.diagnostics().forEach(d -> report.append(d.format()).append('\n'));
      }
      for (Diagnostic d : diagnostics.all()) {
        report.append(d.format()).append('\n');
      }
      if (project != null) {
        for (AllTargets.Output output : AllTargets.all()) {
          Diagnostics warnings = new Diagnostics();
          try {
            write(output.generate().apply(project, warnings), dir.resolve(output.name()), report);
          } catch (GenException e) {
            e.diagnostics().forEach(d -> report.append(output.name()).append(": ").append(d.format()).append('\n'));
          }
          warnings.all().forEach(d -> report.append(output.name()).append(": ").append(d.format()).append('\n'));
        }
      }
      Files.writeString(dir.resolve("diagnostics.txt"), report.toString(), StandardCharsets.UTF_8);
    }
  }

  private static void write(FileTree tree, Path dir, StringBuilder report) throws IOException {
    for (FileTree.GeneratedFile f : tree.files().values()) {
      Path p = dir.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.write(p, f.content());
      if (f.executable()) {
        report.append("executable: ").append(dir.getFileName()).append('/').append(f.path()).append('\n');
      }
    }
  }
}
