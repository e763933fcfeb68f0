package dev.gen.write;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.render.FileTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What gen owns in an output directory: every file it wrote there last time, with the SHA-256 of the content it
 * wrote. gen overwrites or deletes a file only when the manifest lists it and the file is still as gen left it, so
 * a file the user created or edited is never lost without {@code --force}.
 */
final class Manifest {

  /** Where the manifest lives, relative to the output directory. */
  static final String PATH = ".gen/FILES";

  /**
   * Where the single files gen wrote into a directory ({@code gen graph -o FILE}) are recorded, relative to it. A
   * record of its own, so that a tree written into the same directory neither deletes them nor is changed by them.
   */
  static final String SINGLE_FILES_PATH = ".gen/SINGLE-FILES";

  private static final String HEADER =
      "# Files written by gen, with the SHA-256 of their content. gen may replace or delete exactly these files;\n"
          + "# it leaves everything else (and any of these that you have changed) alone unless run with --force.\n";

  private static final String SINGLE_FILES_HEADER =
      "# Single files written by gen into this directory (gen graph -o FILE), with the SHA-256 of their content.\n"
          + "# gen may replace exactly these files, and only while you have not changed them, unless run with --force.\n";

  private final SortedMap<String, String> hashes;

  private Manifest(SortedMap<String, String> hashes) {
    this.hashes = hashes;
  }

  static Manifest empty() {
    return new Manifest(new TreeMap<>());
  }

  /**
   * The manifest describing {@code tree} (the manifest file itself is not listed). The files are hashed on every
   * core: the launcher's JIT (C1 only) has no SHA-256 intrinsic, and hashing was a fifth of {@code gen bundle}'s CPU
   * time on 1000 services (docs/performance.md). The map is sorted, so the threads' order never shows.
   */
  static Manifest of(FileTree tree) {
    List<Map.Entry<String, FileTree.GeneratedFile>> files = tree.files().entrySet().stream()
        .filter(e -> !e.getKey().equals(PATH))
        .toList();
    List<String> sums = files.parallelStream().map(e -> sha256(e.getValue().content())).toList();
    SortedMap<String, String> h = new TreeMap<>();
    for (int i = 0; i < files.size(); i++) {
      h.put(files.get(i).getKey(), sums.get(i));
    }
    return new Manifest(h);
  }

  /** Reads the manifest of an output directory; an absent manifest means gen owns nothing there. */
  static Manifest read(Path outputDirectory) {
    return read(outputDirectory, PATH);
  }

  /** Reads the record of the single files gen wrote into a directory; none means gen owns no single file there. */
  static Manifest readSingleFiles(Path directory) {
    return read(directory, SINGLE_FILES_PATH);
  }

  private static Manifest read(Path directory, String manifestPath) {
    Path file = directory.resolve(manifestPath);
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return empty();
    }
    String display = file.toString();
    SortedMap<String, String> h = new TreeMap<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int sep = line.indexOf("  ");
        String hash = sep == 64 ? line.substring(0, sep) : "";
        String path = sep == 64 ? line.substring(sep + 2) : "";
        if (!hash.matches("[0-9a-f]{64}") || !isSafe(path)) {
          throw GenException.at(new SourceLocation(display, lineNo, 1), "", "write.bad-manifest",
              "the manifest of gen's output directory is damaged (expected '<sha256>  <relative path>')")
              .withHint("delete " + display + " and run again with --force if the directory holds only gen's output");
        }
        h.put(path, hash);
      }
    } catch (IOException e) {
      throw GenException.at(SourceLocation.of(display), "", "write.io", "cannot read " + display + ": " + e.getMessage());
    }
    return new Manifest(h);
  }

  private static boolean isSafe(String path) {
    try {
      FileTree.checkPath(path);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  boolean owns(String path) {
    return hashes.containsKey(path);
  }

  String hash(String path) {
    return hashes.get(path);
  }

  Set<String> paths() {
    return Collections.unmodifiableSet(hashes.keySet());
  }

  /** This manifest with one more file (or the file's new content). */
  Manifest with(String path, byte[] content) {
    SortedMap<String, String> h = new TreeMap<>(hashes);
    h.put(path, sha256(content));
    return new Manifest(h);
  }

  String render() {
    return render(HEADER);
  }

  /** The text of a record of single files ({@link #SINGLE_FILES_PATH}). */
  String renderSingleFiles() {
    return render(SINGLE_FILES_HEADER);
  }

  private String render(String header) {
    StringBuilder sb = new StringBuilder(header);
    for (Map.Entry<String, String> e : hashes.entrySet()) {
      sb.append(e.getValue()).append("  ").append(e.getKey()).append('\n');
    }
    return sb.toString();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
