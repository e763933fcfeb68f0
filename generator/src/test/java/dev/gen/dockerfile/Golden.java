package dev.gen.dockerfile;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files next to test resources, in the style of {@code FixtureApprovals}: {@code <name>.approved.txt} is the
 * expected text; on a difference the actual text is written to {@code <name>.received.txt} (ignored by git) and the
 * test fails. Read the received file, then rename it to approve it.
 */
final class Golden {

  private Golden() {}

  static void verify(Path dir, String name, String text) {
    Path approved = dir.resolve(name + ".approved.txt");
    Path received = dir.resolve(name + ".received.txt");
    try {
      String expected = Files.isRegularFile(approved) ? Files.readString(approved, StandardCharsets.UTF_8) : null;
      if (text.equals(expected)) {
        Files.deleteIfExists(received);
        return;
      }
      Files.writeString(received, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fail("golden file mismatch: compare " + received + " with " + approved + "; approve with: mv " + received + " "
        + approved);
  }
}
