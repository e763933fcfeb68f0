package dev.gen.cli;

import dev.gen.diag.GenException;
import dev.gen.render.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes a generated tree below an output directory, replacing files with the same path and leaving others alone.
 * A simple writer: an atomic one with a manifest and {@code --check} replaces it later.
 */
final class TreeWriter {

  private TreeWriter() {}

  static void write(FileTree tree, Path outputDirectory) {
    Path root = outputDirectory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(root);
      for (FileTree.GeneratedFile f : tree.files().values()) {
        Path target = root.resolve(FileTree.checkPath(f.path())).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
          throw GenException.usage("refusing to write outside " + root + ": " + f.path());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, f.content());
        if (f.executable()) {
          try {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(target));
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(target, perms);
          } catch (UnsupportedOperationException e) {
            target.toFile().setExecutable(true, false);
          }
        }
      }
    } catch (IOException e) {
      throw GenException.usage("cannot write to " + root + ": " + e.getMessage());
    }
  }
}
