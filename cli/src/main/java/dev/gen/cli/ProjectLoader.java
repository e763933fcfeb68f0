package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;

/**
 * Loads the service model from what the user named on the command line (compose files, a Dockerfile, a
 * directory). The compose and Dockerfile loaders implement it; commands that generate from a model take one, so
 * that they do not depend on how the model is read.
 */
@FunctionalInterface
public interface ProjectLoader {

  /**
   * @param input the input options of the command
   * @param diagnostics where warnings go
   * @throws dev.gen.diag.GenException when the input cannot be loaded
   */
  Project load(InputOptions input, Diagnostics diagnostics);
}
