package dev.gen.compose;

import dev.gen.diag.Diagnostics;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * What the stages of one (possibly included) project share while its files load.
 *
 * @param workingDir the directory relative paths, {@code extends.file} and {@code include} resolve against
 * @param environment the interpolation environment (process environment over the env files)
 * @param options which stages run
 * @param diagnostics where warnings go
 * @param display how a file is named in messages
 */
record LoadContext(Path workingDir, Map<String, String> environment, Options options, Diagnostics diagnostics,
    Function<Path, String> display) {

  /**
   * Which stages run (compose-go's {@code Options}). The main project runs them all; an extended file is only read
   * and interpolated; an included project is loaded in full but not normalized.
   */
  record Options(boolean interpolate, boolean extend, boolean include, boolean validate, boolean defaults,
      boolean resolvePaths) {
    static Options all(boolean interpolate) {
      return new Options(interpolate, true, true, true, true, true);
    }

    Options forExtendedFile() {
      return new Options(interpolate, false, false, false, false, false);
    }

    Options forIncludedProject() {
      return new Options(interpolate, true, true, true, true, true);
    }
  }

  LoadContext with(Path newWorkingDir, Map<String, String> newEnvironment, Options newOptions) {
    return new LoadContext(newWorkingDir, newEnvironment, newOptions, diagnostics, display);
  }

  Template.Lookup lookup() {
    return environment::get;
  }

  String home() {
    String home = environment.get("HOME");
    return home == null ? "" : home;
  }
}
