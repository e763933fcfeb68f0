package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Go's durations, Docker's byte sizes, go-shellwords, and Go's number formatting. */
class GoFormsTest {

  @ParameterizedTest
  @CsvSource({"90s,1m30s", "1m,1m0s", "1h,1h0m0s", "1500ms,1.5s", "1h2m3.5s,1h2m3.5s", "0,0s", "10ms,10ms",
      "1.5us,1.5µs", "500ns,500ns", "1000ms,1s", "36h,36h0m0s", "-5s,-5s"})
  void durations(String in, String out) {
    assertEquals(out, GoDuration.format(GoDuration.parse(in)));
  }

  @Test
  void durationErrors() {
    assertEquals("time: unknown unit \"x\" in duration \"10x\"",
        assertThrows(NumberFormatException.class, () -> GoDuration.parse("10x")).getMessage());
    assertEquals("time: missing unit in duration \"1000\"",
        assertThrows(NumberFormatException.class, () -> GoDuration.parse("1000")).getMessage());
    assertEquals("time: invalid duration \"\"",
        assertThrows(NumberFormatException.class, () -> GoDuration.parse("")).getMessage());
  }

  @ParameterizedTest
  @CsvSource({"50M,52428800", "1gb,1073741824", "2048k,2097152", "1.5g,1610612736", "100,100", "64m,67108864",
      "1 KiB,1024", "1p,1125899906842624"})
  void sizes(String in, long out) {
    assertEquals(out, ByteSize.parse(in));
  }

  @Test
  void sizeErrors() {
    assertEquals("invalid size: '10q'", assertThrows(NumberFormatException.class, () -> ByteSize.parse("10q"))
        .getMessage());
  }

  @Test
  void shellWords() {
    assertEquals(List.of("echo", "hello $HOME"), ShellWords.split("echo \"hello $HOME\" "));
    assertEquals(List.of("a", "b c", "d"), ShellWords.split("a 'b c' d"));
    assertEquals(List.of("a", ""), ShellWords.split("a \"\""));
    assertEquals(List.of("a b"), ShellWords.split("a\\ b"));
    assertEquals(List.of("sh", "-c", "a"), ShellWords.split("sh -c a && b"), "parsing stops at an operator");
    assertEquals(List.of("x", "a|b"), ShellWords.split("x 'a|b'"));
    assertEquals("invalid command line string",
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("echo \"open")).getMessage());
    assertEquals(List.of(), ShellWords.split(""));
  }

  @ParameterizedTest
  @CsvSource({"1e20,1e+20", "1000000,1e+06", "123456,123456", "0.5,0.5", "1.5e-7,1.5e-07", "0.0001,0.0001",
      "0.00001,1e-05", "1.0,1", "-0.5,-0.5", "1200000,1.2e+06"})
  void goFloatFormatting(double in, String out) {
    assertEquals(out, GoValues.formatFloat(in, 64));
  }

  @Test
  void goIntegerParsing() {
    assertEquals(755, GoValues.parseInt("0755", "Atoi", 64));
    assertEquals(-3, GoValues.parseInt("-3", "Atoi", 64));
    assertEquals("strconv.Atoi: parsing \"0x10\": invalid syntax",
        assertThrows(NumberFormatException.class, () -> GoValues.parseInt("0x10", "Atoi", 64)).getMessage());
    assertEquals("strconv.ParseFloat: parsing \"abc\": invalid syntax",
        assertThrows(NumberFormatException.class, () -> GoValues.parseFloat("abc", 64)).getMessage());
    assertEquals(0.001, GoValues.parseFloat("0.001", 32));
  }
}
