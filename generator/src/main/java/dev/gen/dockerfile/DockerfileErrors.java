package dev.gen.dockerfile;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;

/** Builds the loader's located errors. */
public final class DockerfileErrors {

  private DockerfileErrors() {}

  public static GenException error(SourceLocation location, String code, String message) {
    return GenException.at(location, "", code, message);
  }

  public static GenException error(SourceLocation location, String code, String message, String hint) {
    return new GenException(Diagnostic.error(code, message, location, "").withHint(hint));
  }
}
