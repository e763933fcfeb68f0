package dev.gen.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gen self-train} (hidden): runs every command of gen once on a small built-in project
 * ({@link TrainingProject}), writing into a temporary directory that is deleted afterwards and printing nothing. The
 * {@code gen} launcher runs it once per jar and JDK with {@code -XX:ArchiveClassesAtExit}, so that the class archive
 * it makes holds the classes real runs load (picocli, the YAML reader, the Compose schema validator, the templates,
 * charmcraft's schema...), whatever command the user runs first.
 *
 * <p>Exit code 0 when every run went as expected (the deliberate errors included), else 1: a test runs it, so the
 * training project cannot drift out of what gen accepts.
 */
@Command(name = "self-train", hidden = true,
    description = "Run every command once on a built-in project, printing nothing (the launcher's class archive).")
final class SelfTrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (TrainingProject project = TrainingProject.create()) {
      List<String> failed = new ArrayList<>();
      for (TrainingProject.Run run : project.runs()) {
        int code = project.run(run);
        if (code != run.expected()) {
          failed.add(run + " (exit " + code + ")");
        }
      }
      if (!failed.isEmpty()) {
        spec.commandLine().getErr().println("gen self-train: unexpected exit codes: " + String.join("; ", failed));
        spec.commandLine().getErr().flush();
        return 1;
      }
      return 0;
    }
  }
}
