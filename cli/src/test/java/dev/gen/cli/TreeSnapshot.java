package dev.gen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a directory tree holds, without following symbolic links: every path with its kind, and for a regular file its
 * size and content hash (size and modification time for big files), for a link where it points. Two snapshots of the
 * same tree are equal when nothing below it was created, deleted or changed.
 */
final class TreeSnapshot {

  /** Files bigger than this are compared by size and time (hashing a 50 MB test input for every run is slow). */
  private static final long HASHED_BYTES = 1 << 20;

  private TreeSnapshot() {}

  /** Every path below {@code root} (relative, with {@code /}) except those below {@code excluded}, and its state. */
  static Map<String, String> of(Path root, Path excluded) {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.filter(p -> excluded == null || !p.startsWith(excluded))
          .forEach(p -> entries.put(root.relativize(p).toString(), state(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static String state(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isSymbolicLink()) {
        return "link -> " + Files.readSymbolicLink(p);
      }
      if (a.isDirectory()) {
        return "directory";
      }
      if (!a.isRegularFile()) {
        return "special";
      }
      if (a.size() > HASHED_BYTES || !Files.isReadable(p)) {
        return "file " + a.size() + " bytes, modified " + a.lastModifiedTime();
      }
      return "file " + sha256(p);
    } catch (IOException e) {
      return "unreadable: " + e.getMessage();
    }
  }

  private static String sha256(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
