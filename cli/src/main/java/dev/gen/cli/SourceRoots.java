package dev.gen.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Implemented by options and commands that know where the files their diagnostics name are: the project directory
 * (compose and Dockerfile locations are relative to it), a templates directory. {@link Reporter} looks there, then in
 * the working directory, for the source line to show under a message.
 */
interface SourceRoots {

  /** Absolute directories, most likely first. */
  List<Path> sourceRoots(RunContext context);
}
