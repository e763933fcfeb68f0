package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.Project;

/**
 * Loads the service model from what the user named on the command line (compose files, Dockerfiles, a
 * directory). Commands that need a project take one of these, so the loaders can be plugged in where they are
 * built and tests can pass a project made in code.
 */
@FunctionalInterface
public interface ProjectLoader {

  Project load(InputOptions input, Diagnostics diagnostics);

  /** The loader of this build: none yet (the compose and Dockerfile loaders are wired in by the lead). */
  static ProjectLoader unavailable() {
    return (input, diagnostics) -> {
      throw GenException.usage("loading compose files and Dockerfiles is not available in this build of gen yet");
    };
  }
}
