package dev.gen.write;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.render.FileTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Puts a generated {@link FileTree} into an output directory safely:
 *
 * <ul>
 *   <li>never outside the directory, and never through a symbolic link inside it;
 *   <li>never over a file gen did not write, or one the user changed since, unless forced (the manifest in
 *       {@code .gen/FILES} records what gen wrote);
 *   <li>atomically per file: everything is first written into a staging directory next to the output directory
 *       (same file system), then moved into place; a new output directory appears in one rename;
 *   <li>files gen wrote last time that are no longer generated are removed.
 * </ul>
 */
public final class OutputWriter {

  /** The manifest of what gen wrote, relative to the output directory. */
  public static final String MANIFEST = Manifest.PATH;

  private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> EXEC_MODE = PosixFilePermissions.fromString("rwxr-xr-x");

  /** Computes what writing {@code tree} into {@code outputDirectory} would do; touches nothing. */
  public WritePlan plan(FileTree tree, Path outputDirectory) {
    Path out = outputDirectory.toAbsolutePath().normalize();
    FileTree full = withManifest(tree);
    List<WritePlan.Change> changes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (Files.isSymbolicLink(out)) {
      // the link could lead anywhere (a system directory); gen writes only into the directory that was named
      throw fail(out, "write.symlink", "the output directory " + out + " is a symbolic link (to " + linkTarget(out)
          + "); gen does not write through symbolic links")
          .withHint("name the directory it leads to, or another output directory");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw fail(out, "write.not-a-directory", "the output path exists and is not a directory");
    }
    Manifest old = Files.isDirectory(out) ? Manifest.read(out) : Manifest.empty();
    for (FileTree.GeneratedFile f : full.files().values()) {
      changes.add(planFile(out, f, old));
    }
    for (String path : old.paths()) {
      if (full.get(path) != null) {
        continue;
      }
      Path target = out.resolve(path);
      checkNoLinks(out, path);
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        // reading a FIFO put in its place would block: it is not gen's file any more
        warnings.add(path + " is no longer generated, but it is no longer a regular file, so it was left in place");
        continue;
      }
      byte[] current = read(target);
      if (current != null && Manifest.sha256(current).equals(old.hash(path))) {
        changes.add(new WritePlan.Change(path, WritePlan.Action.DELETE, "no longer generated", current, null, false));
      } else {
        warnings.add(path + " is no longer generated, but you changed it, so it was left in place");
      }
    }
    changes.sort(Comparator.comparing(WritePlan.Change::path));
    return new WritePlan(changes, warnings);
  }

  private WritePlan.Change planFile(Path out, FileTree.GeneratedFile f, Manifest old) {
    String path = f.path();
    checkNoLinks(out, path);
    Path target = out.resolve(path);
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return new WritePlan.Change(path, WritePlan.Action.CREATE, "", null, f.content(), f.executable());
    }
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return new WritePlan.Change(path, WritePlan.Action.CONFLICT, "a directory or special file is in the way",
          null, f.content(), f.executable());
    }
    byte[] current = read(target);
    boolean sameMode = Files.isExecutable(target) == f.executable();
    if (Arrays.equals(current, f.content()) && sameMode) {
      return new WritePlan.Change(path, WritePlan.Action.UNCHANGED, "", current, f.content(), f.executable());
    }
    if (path.equals(Manifest.PATH)) {
      return new WritePlan.Change(path, WritePlan.Action.UPDATE, "", current, f.content(), f.executable());
    }
    if (!old.owns(path)) {
      return new WritePlan.Change(path, WritePlan.Action.CONFLICT, "not written by gen", current, f.content(),
          f.executable());
    }
    if (!Manifest.sha256(current).equals(old.hash(path))) {
      return new WritePlan.Change(path, WritePlan.Action.CONFLICT, "changed since gen wrote it", current,
          f.content(), f.executable());
    }
    return new WritePlan.Change(path, WritePlan.Action.UPDATE, "", current, f.content(), f.executable());
  }

  /**
   * Writes the tree. Conflicts stop the write before anything changes, unless {@code force}.
   *
   * @return the plan that was carried out
   */
  public WritePlan write(FileTree tree, Path outputDirectory, boolean force) {
    Path out = outputDirectory.toAbsolutePath().normalize();
    WritePlan plan = plan(tree, out);
    if (!force) {
      refuseConflicts(plan, out);
    }
    if (plan.isUpToDate()) {
      return plan;
    }
    apply(plan, out);
    return plan;
  }

  /**
   * Fails when the plan has conflicts, with the message {@link #write} gives: a command that writes several
   * directories checks every plan this way before it writes any of them.
   */
  public void refuseConflicts(WritePlan plan, Path outputDirectory) {
    List<WritePlan.Change> conflicts = plan.conflicts();
    if (conflicts.isEmpty()) {
      return;
    }
    Path out = outputDirectory.toAbsolutePath().normalize();
    StringBuilder msg = new StringBuilder("refusing to overwrite ").append(conflicts.size())
        .append(conflicts.size() == 1 ? " file" : " files").append(" in ").append(out).append(':');
    conflicts.stream().limit(10).forEach(c -> msg.append("\n  ").append(c.path()).append(" (").append(c.reason())
        .append(')'));
    if (conflicts.size() > 10) {
      msg.append("\n  ... and ").append(conflicts.size() - 10).append(" more");
    }
    throw GenException.at(SourceLocation.of(out.toString()), "", "write.conflict", msg.toString())
        .withHint("choose another output directory, or pass --force to overwrite them");
  }

  /**
   * Computes what writing one file would do ({@code gen graph -o FILE}); touches nothing. The plan has one change,
   * named by the file's name. gen owns the file when its directory's record of single files
   * ({@code .gen/SINGLE-FILES}) lists it with its content; a file that is absent, or already holds exactly this
   * content, is never a conflict.
   */
  public WritePlan planFile(byte[] content, Path file) {
    Path target = file.toAbsolutePath().normalize();
    Path dir = target.getParent();
    if (dir == null) {
      throw fail(target, "write.not-a-file", "a file to write needs a name, not the root directory");
    }
    String name = target.getFileName().toString();
    if (name.equals(".gen") || (dir.getFileName() != null && dir.getFileName().toString().equals(".gen"))) {
      throw fail(target, "write.reserved", "refusing to write into " + dir + ", where gen records what it wrote");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw fail(dir, "write.not-a-directory", "the directory of the file to write exists and is not a directory");
    }
    if (Files.isSymbolicLink(target)) {
      throw fail(target, "write.symlink", "refusing to write through the symbolic link " + target);
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return single(new WritePlan.Change(name, WritePlan.Action.CREATE, "", null, content, false));
    }
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw fail(target, "write.not-a-file", "a directory or special file is where the file would be written");
    }
    byte[] current = read(target);
    if (Arrays.equals(current, content)) {
      return single(new WritePlan.Change(name, WritePlan.Action.UNCHANGED, "", current, content, false));
    }
    Manifest record = Manifest.readSingleFiles(dir);
    String reason = !record.owns(name) ? "not written by gen"
        : !Manifest.sha256(current).equals(record.hash(name)) ? "changed since gen wrote it" : "";
    return single(new WritePlan.Change(name, reason.isEmpty() ? WritePlan.Action.UPDATE : WritePlan.Action.CONFLICT,
        reason, current, content, false));
  }

  /**
   * Writes one file atomically (into a temporary file beside it, then renamed over it) and records it in its
   * directory's {@code .gen/SINGLE-FILES}. A conflict stops the write unless {@code force}.
   *
   * @return the plan that was carried out
   */
  public WritePlan writeFile(byte[] content, Path file, boolean force) {
    Path target = file.toAbsolutePath().normalize();
    WritePlan plan = planFile(content, target);
    if (!force) {
      refuseConflicts(plan, target.getParent());
    }
    Path dir = target.getParent();
    String name = target.getFileName().toString();
    checkNoLinks(dir, Manifest.SINGLE_FILES_PATH);
    Manifest record = Manifest.readSingleFiles(dir);
    boolean recorded = record.owns(name) && Manifest.sha256(content).equals(record.hash(name));
    try {
      Files.createDirectories(dir);
      if (!plan.isUpToDate()) {
        replace(target, content);
      }
      if (!recorded) {
        // the record goes last, so it never claims a file that is not in place yet
        Path recordFile = dir.resolve(Manifest.SINGLE_FILES_PATH);
        Files.createDirectories(recordFile.getParent());
        replace(recordFile, record.with(name, content).renderSingleFiles().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw fail(target, "write.io", "could not write the output: " + e);
    }
    return plan;
  }

  private static WritePlan single(WritePlan.Change change) {
    return new WritePlan(List.of(change), List.of());
  }

  /** Puts the content at {@code target} in one rename, from a temporary file in the same directory. */
  private static void replace(Path target, byte[] content) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".gen-", ".tmp");
    try {
      Files.write(tmp, content);
      setMode(tmp, false);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void apply(WritePlan plan, Path out) {
    Path parent = out.getParent();
    Path staging = null;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".gen-");
      for (WritePlan.Change c : plan.changes()) {
        if (c.newContent() != null && c.action() != WritePlan.Action.UNCHANGED) {
          Path staged = staging.resolve(c.path());
          Files.createDirectories(staged.getParent());
          Files.write(staged, c.newContent());
          setMode(staged, c.executable());
        }
      }
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        // a new output directory appears in one step
        setDirectoryModes(staging);
        move(staging, out);
        staging = null;
        return;
      }
      // the manifest goes last, so it never claims a file that is not in place yet
      List<WritePlan.Change> ordered = new ArrayList<>(plan.changes());
      ordered.sort(Comparator.comparing((WritePlan.Change c) -> c.path().equals(Manifest.PATH))
          .thenComparing(WritePlan.Change::path));
      Set<Path> touchedDirs = new TreeSet<>();
      for (WritePlan.Change c : ordered) {
        Path target = out.resolve(c.path());
        switch (c.action()) {
          case CREATE, UPDATE, CONFLICT -> {
            checkNoLinks(out, c.path());
            if (c.action() == WritePlan.Action.CONFLICT && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
              Trees.delete(target);
            }
            Files.createDirectories(target.getParent());
            move(staging.resolve(c.path()), target);
          }
          case DELETE -> {
            checkNoLinks(out, c.path());
            Files.deleteIfExists(target);
            touchedDirs.add(target.getParent());
          }
          case UNCHANGED -> {
            if (Files.isExecutable(target) != c.executable()) {
              setMode(target, c.executable());
            }
          }
          default -> throw new IllegalStateException(c.action().toString());
        }
      }
      removeEmptyDirectories(out, touchedDirs);
    } catch (IOException e) {
      throw fail(out, "write.io", "could not write the output: " + e);
    } finally {
      if (staging != null) {
        try {
          Trees.delete(staging);
        } catch (IOException ignored) {
          // leaving a hidden staging directory behind is harmless
        }
      }
    }
  }

  /** Rejects any symbolic link between the output directory and the file, the file itself included. */
  static void checkNoLinks(Path out, String relativePath) {
    Path p = out;
    for (String segment : relativePath.split("/")) {
      p = p.resolve(segment);
      if (Files.isSymbolicLink(p)) {
        throw fail(p, "write.symlink",
            "refusing to write through the symbolic link " + p + " (it could lead outside the output directory)");
      }
    }
  }

  private static FileTree withManifest(FileTree tree) {
    FileTree full = new FileTree();
    for (FileTree.GeneratedFile f : tree.files().values()) {
      if (!f.path().equals(Manifest.PATH)) {
        full.add(f.path(), f.content(), f.executable());
      }
    }
    full.add(Manifest.PATH, Manifest.of(tree).render());
    return full;
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw fail(p, "write.io", "cannot read " + p + ": " + e.getMessage());
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void setMode(Path p, boolean executable) throws IOException {
    try {
      Files.setPosixFilePermissions(p, executable ? EXEC_MODE : FILE_MODE);
    } catch (UnsupportedOperationException e) {
      p.toFile().setExecutable(executable, false);
    }
  }

  private static void setDirectoryModes(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isDirectory)::iterator) {
        try {
          Files.setPosixFilePermissions(p, EXEC_MODE);
        } catch (UnsupportedOperationException e) {
          return;
        }
      }
    }
  }

  private static void removeEmptyDirectories(Path out, Set<Path> dirs) throws IOException {
    for (Path dir : dirs) {
      for (Path d = dir; d != null && d.startsWith(out) && !d.equals(out); d = d.getParent()) {
        try (Stream<Path> s = Files.list(d)) {
          if (s.findAny().isPresent()) {
            break;
          }
        }
        Files.delete(d);
      }
    }
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "somewhere gen cannot read";
    }
  }

  private static GenException fail(Path where, String code, String message) {
    return GenException.at(SourceLocation.of(where.toString()), "", code, message);
  }
}
