package dev.gen.dockerfile.dispatch;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * WORKDIR paths as BuildKit's {@code system.NormalizeWorkdir}: a relative path is joined to the current working
 * directory and cleaned; an absolute one is kept as written. On Windows a {@code C:} drive is dropped (another
 * drive is an error) and the result uses backslashes.
 */
public final class Workdirs {

  private Workdirs() {}

  /** A WORKDIR BuildKit rejects (Windows drive letters). */
  public static final class InvalidWorkdirException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidWorkdirException(String message) {
      super(message);
    }
  }

  /** The new working directory after {@code WORKDIR path} in {@code current} (never empty). */
  public static String normalize(String current, String path, boolean windows) throws InvalidWorkdirException {
    String p = windows ? path.replace('\\', '/') : path;
    String parent = windows ? current.replace('\\', '/') : current;
    if (parent.isEmpty()) {
      parent = "/";
    }
    parent = removeDrive(parent, windows);
    if (!parent.startsWith("/")) {
      parent = clean("/" + parent);
    }
    if (p.isEmpty()) {
      p = parent;
    }
    p = removeDrive(p, windows);
    if (!p.startsWith("/")) {
      p = clean(parent + "/" + p);
    }
    return windows ? p.replace('/', '\\') : p;
  }

  /** Whether a WORKDIR path is absolute (for the WorkdirRelativePath lint). */
  public static boolean isAbsolute(String path, boolean windows) {
    try {
      String p = removeDrive(windows ? path.replace('\\', '/') : path, windows);
      return p.replace('\\', '/').startsWith("/");
    } catch (InvalidWorkdirException e) {
      return false;
    }
  }

  private static String removeDrive(String path, boolean windows) throws InvalidWorkdirException {
    if (!windows) {
      return path;
    }
    if (path.length() == 2 && path.charAt(1) == ':') {
      throw new InvalidWorkdirException("normalizing working directory: removing drive letter: No relative path "
          + "specified in " + dev.gen.dockerfile.gocompat.GoQuote.quote(path));
    }
    if (path.startsWith("//")) {
      throw new InvalidWorkdirException("normalizing working directory: removing drive letter: UNC paths are not "
          + "supported");
    }
    int colon = path.indexOf(':');
    if (colon < 0) {
      return clean(path);
    }
    if (!path.substring(0, colon).equalsIgnoreCase("c")) {
      throw new InvalidWorkdirException("normalizing working directory: removing drive letter: The specified path "
          + "is not on the system drive (C:)");
    }
    return clean(path.substring(colon + 1));
  }

  /** Go's {@code path.Clean}. */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
        continue;
      }
      parts.addLast(part);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
