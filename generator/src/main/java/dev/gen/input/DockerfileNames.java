package dev.gen.input;

import java.util.Locale;

/**
 * Which files are Dockerfiles: {@code Dockerfile} and {@code Containerfile}, and their variants
 * {@code Dockerfile.<variant>} and {@code <variant>.Dockerfile} (in any case), but not {@code .dockerignore} files.
 */
final class DockerfileNames {

  private static final String[] BASES = {"dockerfile", "containerfile"};

  private DockerfileNames() {}

  static boolean isDockerfile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".dockerignore")) {
      return false;
    }
    for (String base : BASES) {
      if (lower.equals(base) || (lower.startsWith(base + ".") && lower.length() > base.length() + 1)
          || (lower.endsWith("." + base) && lower.length() > base.length() + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The variant of a Dockerfile's name ({@code dev} for {@code Dockerfile.dev} and {@code dev.Dockerfile}), or "". */
  static String variant(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String base : BASES) {
      if (lower.equals(base)) {
        return "";
      }
      if (lower.startsWith(base + ".")) {
        return fileName.substring(base.length() + 1);
      }
      if (lower.endsWith("." + base)) {
        return fileName.substring(0, fileName.length() - base.length() - 1);
      }
    }
    return "";
  }
}
