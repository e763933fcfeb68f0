package dev.gen.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The in-memory output of a target: relative paths to file contents, sorted by path. Paths use {@code /}, never
 * start with {@code /}, and never contain {@code .} or {@code ..} segments, so a tree can only ever be written
 * below its output directory.
 */
public final class FileTree {

  private static final Pattern BAD_SEGMENT_CHARS = Pattern.compile("[\\x00-\\x1f\\x7f\\\\:]");

  private final TreeMap<String, GeneratedFile> files = new TreeMap<>();

  /** One generated file. */
  public record GeneratedFile(String path, byte[] content, boolean executable) {

    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GeneratedFile f
          && path.equals(f.path) && executable == f.executable && Arrays.equals(content, f.content);
    }

    @Override
    public int hashCode() {
      return path.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
      return path + (executable ? " (executable)" : "");
    }
  }

  public FileTree add(String path, String content) {
    return put(path, content.getBytes(StandardCharsets.UTF_8), false);
  }

  public FileTree addExecutable(String path, String content) {
    return put(path, content.getBytes(StandardCharsets.UTF_8), true);
  }

  public FileTree add(String path, byte[] content, boolean executable) {
    return put(path, content.clone(), executable);
  }

  /** Adds every file of {@code other} below {@code prefix} (a relative directory, or empty for the root). */
  public FileTree addAll(String prefix, FileTree other) {
    String base = prefix.isEmpty() ? "" : checkPath(prefix) + "/";
    for (GeneratedFile f : other.files.values()) {
      put(base + f.path(), f.content(), f.executable());
    }
    return this;
  }

  private FileTree put(String path, byte[] content, boolean executable) {
    String clean = checkPath(path);
    if (files.containsKey(clean)) {
      throw new IllegalStateException("two generated files at " + clean);
    }
    // a file may not also be a directory of another file: check descendants, then ancestors (no full scan)
    String below = files.ceilingKey(clean + "/");
    if (below != null && below.startsWith(clean + "/")) {
      throw new IllegalStateException("generated path " + clean + " clashes with " + below);
    }
    for (int slash = clean.indexOf('/'); slash > 0; slash = clean.indexOf('/', slash + 1)) {
      if (files.containsKey(clean.substring(0, slash))) {
        throw new IllegalStateException("generated path " + clean + " clashes with " + clean.substring(0, slash));
      }
    }
    files.put(clean, new GeneratedFile(clean, content, executable));
    return this;
  }

  /** Checks that a path is a safe relative path and returns it. */
  public static String checkPath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException("not a relative file path: '" + path + "'");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
          || BAD_SEGMENT_CHARS.matcher(segment).find()) {
        throw new IllegalArgumentException("unsafe path segment in '" + path + "'");
      }
    }
    return path;
  }

  public SortedMap<String, GeneratedFile> files() {
    return Collections.unmodifiableSortedMap(files);
  }

  public GeneratedFile get(String path) {
    return files.get(path);
  }

  public String text(String path) {
    GeneratedFile f = files.get(path);
    return f == null ? null : f.text();
  }

  public int size() {
    return files.size();
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }

  /**
   * The whole tree as one text, each file under a {@code === path ===} header (with {@code (executable)} where it
   * applies): the form golden files are approved in, so a change to any output shows as a readable diff.
   */
  public String toSnapshot() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, GeneratedFile> e : files.entrySet()) {
      GeneratedFile f = e.getValue();
      sb.append("=== ").append(f.path()).append(f.executable() ? " (executable)" : "").append(" ===\n");
      String text = f.text();
      sb.append(text);
      if (!text.endsWith("\n")) {
        sb.append("\n<no newline at end of file>\n");
      }
    }
    return sb.toString();
  }
}
