package dev.gen.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input: every case ends in a {@link GenException} with a clear message located at
 * file:line:column (or at the file when no line applies), quickly, and never in another exception.
 */
class BadInputTest {

  private static final Duration FAST = Duration.ofSeconds(10);

  @TempDir
  Path dir;

  private static Diagnostic failure(Supplier<?> load) {
    return assertTimeoutPreemptively(FAST, () -> assertThrows(GenException.class, load::get)).first();
  }

  private static Diagnostic failure(byte[] bytes) {
    return failure(() -> DockerfileLoader.loadText("Dockerfile", new String(bytes, StandardCharsets.ISO_8859_1),
        LoadOptions.defaults(), new Diagnostics()));
  }

  private Diagnostic failureOfFile(byte[] bytes) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.write(file, bytes);
    return failure(() -> DockerfileLoader.load(file, "Dockerfile", LoadOptions.defaults(), new Diagnostics()));
  }

  private static Diagnostic failure(String text) {
    return failure(() -> DockerfileLoader.loadText("Dockerfile", text, LoadOptions.defaults(), new Diagnostics()));
  }

  private static void assertAt(Diagnostic d, int line, int column, String code) {
    assertEquals("Dockerfile", d.location().file(), d.format());
    assertEquals(line, d.location().line(), d.format());
    assertEquals(column, d.location().column(), d.format());
    assertEquals(code, d.code(), d.format());
  }

  @Test
  void binaryData() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Diagnostic d = failureOfFile(png);
    assertAt(d, 3, 1, DockerfileCodes.ENCODING);
    assertEquals("the file contains a NUL byte: it looks like binary data, not a Dockerfile", d.message());
  }

  @Test
  void nulByte() throws IOException {
    Diagnostic d = failureOfFile("FROM scratch\nRUN echo \0 done\n".getBytes(StandardCharsets.UTF_8));
    assertAt(d, 2, 10, DockerfileCodes.ENCODING);
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] bytes = {'F', 'R', 'O', 'M', ' ', 's', 'c', 'r', 'a', 't', 'c', 'h', '\n', 'L', 'A', 'B', 'E', 'L', ' ',
        'a', '=', (byte) 0xC3, '(', '\n'};
    Diagnostic d = failureOfFile(bytes);
    assertAt(d, 2, 9, DockerfileCodes.ENCODING);
    assertEquals("the Dockerfile is not valid UTF-8 (invalid byte 0xC3)", d.message());
  }

  @Test
  void utf16() throws IOException {
    byte[] bytes = "\uFEFFFROM scratch\n".getBytes(StandardCharsets.UTF_16LE);
    Diagnostic d = failureOfFile(bytes);
    assertEquals("the Dockerfile is UTF-16 encoded; BuildKit reads Dockerfiles as UTF-8", d.message());
  }

  @Test
  void aLineOf70000Bytes() throws IOException {
    String text = "FROM scratch\nRUN echo " + "a".repeat(70_000) + "\n";
    Diagnostic d = failureOfFile(text.getBytes(StandardCharsets.UTF_8));
    assertAt(d, 2, 1, DockerfileCodes.LIMIT);
    assertEquals("dockerfile line greater than max allowed size of 65535 (this line has 70009 bytes)", d.message());
    // exactly at the limit is fine
    String atLimit = "FROM scratch\nRUN " + "a".repeat(65_535 - 4) + "\n";
    assertEquals(0, DockerfileLoader.loadText("Dockerfile", atLimit, LoadOptions.defaults(), new Diagnostics())
        .target());
  }

  @Test
  void a50MegabyteFileFailsFast() throws IOException {
    Path file = dir.resolve("Dockerfile");
    byte[] line = "RUN echo 0123456789012345678901234567890123456789012345678901234567890123456789\n"
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("FROM scratch\n".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Diagnostic d = failure(() -> DockerfileLoader.load(file, "Dockerfile", LoadOptions.defaults(),
        new Diagnostics()));
    assertEquals("the Dockerfile is larger than 4194304 bytes (4 MiB), the most gen reads", d.message());
    assertEquals(DockerfileCodes.LIMIT, d.code());
    assertEquals("Dockerfile", d.location().toString());
  }

  @Test
  void aDirectoryOrAMissingFile() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("Dockerfile.d"));
    Diagnostic d = failure(() -> DockerfileLoader.load(sub, "Dockerfile.d", LoadOptions.defaults(),
        new Diagnostics()));
    assertEquals("is a directory, not a Dockerfile", d.message());
    assertEquals(DockerfileCodes.IO, d.code());
    assertEquals("Dockerfile.d", d.location().file());
    Diagnostic missing = failure(() -> DockerfileLoader.load(dir.resolve("nope"), "nope", LoadOptions.defaults(),
        new Diagnostics()));
    assertEquals("no such file", missing.message());
  }

  /** A FIFO would block in open() until something writes to it; /dev/zero never ends. */
  @Test
  void aFifoOrADeviceIsNotRead() throws Exception {
    Path fifo = dir.resolve("Dockerfile");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    for (Path special : List.of(fifo, Path.of("/dev/zero"))) {
      Diagnostic d = failure(() -> DockerfileLoader.load(special, "Dockerfile", LoadOptions.defaults(),
          new Diagnostics()));
      assertEquals("is not a regular file (a FIFO, a socket or a device); gen reads only regular files", d.message());
      assertEquals(DockerfileCodes.IO, d.code());
    }
  }

  @Test
  void emptyFilesAndComments() {
    assertEquals("file with no instructions", failure("").message());
    assertEquals("file with no instructions", failure("# just a comment\n\n   \n").message());
  }

  @Test
  void unterminatedHeredoc() {
    Diagnostic d = failure("FROM scratch\n  RUN <<EOF\necho hi\nEOFX\n");
    assertAt(d, 2, 3, DockerfileCodes.SYNTAX);
    assertEquals("unterminated heredoc", d.message());
    assertEquals("the body of <<EOF must end with a line that is exactly \"EOF\"", d.hint());
  }

  @Test
  void noFromAndInstructionsBeforeFrom() {
    Diagnostic none = failure("RUN echo\n");
    assertAt(none, 1, 1, DockerfileCodes.STAGE);
    assertEquals("no build stage in current context", none.message());
    Diagnostic before = failure("ARG A=1\n\nENV X=1\nFROM scratch\n");
    assertAt(before, 3, 1, DockerfileCodes.STAGE);
    Diagnostic onlyArgs = failure("ARG A=1\n");
    assertEquals("dockerfile contains no stages to build", onlyArgs.message());
  }

  @Test
  void unknownInstructions() {
    Diagnostic d = failure("FROM scratch\nCOPPY a b\n");
    assertAt(d, 2, 1, DockerfileCodes.UNKNOWN_INSTRUCTION);
    assertEquals("unknown instruction: COPPY (did you mean copy?)", d.message());
  }

  @Test
  void badFlags() {
    assertEquals("missing a value on flag: chmod", failure("FROM scratch\nCOPY --chmod a b\n").message());
    Diagnostic d = failure("FROM scratch\nRUN --mount=type=cache,target=/x --networks=none true\n");
    assertAt(d, 2, 1, DockerfileCodes.FLAG);
    assertEquals("unknown flag: networks (did you mean network?)", d.message());
    assertEquals("invalid chmod parameter: '77777'. it should be octal string and between 0 and 07777",
        failure("FROM scratch\nCOPY --chmod=77777 a b\n").message());
  }

  @Test
  void nonStringJsonArray() {
    Diagnostic d = failure("FROM scratch\nCMD [\"echo\", 1]\n");
    assertAt(d, 2, 1, DockerfileCodes.SYNTAX);
    assertEquals("when using JSON array syntax, arrays must be comprised of strings only", d.message());
  }

  @Test
  void badDirectives() {
    assertEquals("only one escape parser directive can be used",
        failure("# escape=`\n# escape=`\nFROM scratch\n").message());
    Diagnostic d = failure("# escape=x\nFROM scratch\n");
    assertAt(d, 1, 1, DockerfileCodes.SYNTAX);
    assertEquals("invalid escape token 'x' does not match ` or \\", d.message());
  }

  @Test
  void substitutionBombsAreStopped() {
    StringBuilder text = new StringBuilder("FROM scratch\nENV A=" + "x".repeat(1000) + "\n");
    for (int i = 0; i < 30; i++) {
      text.append("ENV A=$A$A$A$A$A$A$A$A\n");
    }
    Diagnostic d = failure(text.toString());
    assertEquals(DockerfileCodes.LIMIT, d.code());
    assertTrue(d.location().line() > 2, d.format());
  }

  @Test
  void deeplyNestedInputDoesNotOverflowTheStack() {
    // 100 000 nested arrays: not valid Go JSON (too deep), so the shell form, silently, as BuildKit
    DockerfileFacts f = assertTimeoutPreemptively(FAST, () -> DockerfileLoader.loadText("Dockerfile",
        "FROM scratch\nCMD " + "[".repeat(60_000) + "\n", LoadOptions.defaults(), new Diagnostics()));
    assertEquals(60_000 + "/bin/sh -c ".length(), String.join(" ", f.image().cmd().argv()).length());
    Diagnostic d = failure("FROM scratch\n" + "ONBUILD ".repeat(8000) + "RUN x\n");
    assertEquals("ONBUILD instructions are nested more than 64 deep", d.message());
    Diagnostic json = failure("FROM scratch\nCMD " + "[".repeat(9_000) + "1" + "]".repeat(9_000) + "\n");
    assertEquals("when using JSON array syntax, arrays must be comprised of strings only", json.message());
  }

  @Test
  void hostileValuesPassThroughLiterally() {
    DockerfileFacts f = DockerfileLoader.loadText("Dockerfile",
        "FROM scratch\nENV CMDSUB=$(id) TICKS=`id` CTRL=\"a\u0007b\" DOTS=../../etc/passwd NL=\"a\\nb\"\n",
        LoadOptions.defaults(), new Diagnostics());
    assertEquals("$(id)", f.image().envValue("CMDSUB"));
    assertEquals("`id`", f.image().envValue("TICKS"));
    assertEquals("a\u0007b", f.image().envValue("CTRL"));
    assertEquals("../../etc/passwd", f.image().envValue("DOTS"));
    assertEquals("a\\nb", f.image().envValue("NL"));
  }
}
