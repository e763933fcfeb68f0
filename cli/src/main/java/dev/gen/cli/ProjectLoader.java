package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.input.InputLoader;
import dev.gen.model.Project;
import dev.gen.model.compose.MappedProject;
import dev.gen.yaml.YMap;
import java.util.Map;

/**
 * Loads the service model from what the user named on the command line (compose files, Dockerfiles, a
 * directory). Commands that need a project take one of these, so the loaders can be plugged in where they are
 * built and tests can pass a project made in code.
 */
@FunctionalInterface
public interface ProjectLoader {

  Project load(InputOptions input, Diagnostics diagnostics);

  /**
   * The model with the tree it was mapped from, for {@code gen report} and {@code --report}. A loader that only
   * makes a model (a test's) gives an empty tree: the report then has no key rows.
   */
  default MappedProject loadMapped(InputOptions input, Diagnostics diagnostics) {
    Project project = load(input, diagnostics);
    return new MappedProject(project, new YMap(project.location()), Map.of());
  }

  /**
   * The loaders of gen ({@link InputLoader}): compose files, Dockerfiles or a directory, read from the run's
   * working directory with its environment.
   */
  static ProjectLoader standard(RunContext context) {
    return new ProjectLoader() {
      @Override
      public Project load(InputOptions input, Diagnostics diagnostics) {
        return new InputLoader().load(input.request(context), diagnostics);
      }

      @Override
      public MappedProject loadMapped(InputOptions input, Diagnostics diagnostics) {
        return new InputLoader().loadMapped(input.request(context), diagnostics);
      }
    };
  }

  /** A loader that always fails: for tests of commands that must not read a project. */
  static ProjectLoader unavailable() {
    return (input, diagnostics) -> {
      throw GenException.usage("loading compose files and Dockerfiles is not available in this build of gen yet");
    };
  }
}
