package dev.gen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {

  /** Expected strings are what Go's time.Duration.String() prints for these nanosecond counts. */
  @ParameterizedTest(name = "{0}ns -> {1}")
  @CsvSource({
      "0, 0s",
      "1, 1ns",
      "999, 999ns",
      "1000, 1\u00b5s",
      "1100, 1.1\u00b5s",
      "500000000, 500ms",
      "999999999, 999.999999ms",
      "1000000000, 1s",
      "1500000000, 1.5s",
      "40000000000, 40s",
      "90000000000, 1m30s",
      "120000000000, 2m0s",
      "3600000000000, 1h0m0s",
      "3661500000000, 1h1m1.5s",
      "360000000000000, 100h0m0s",
      "-5000000000, -5s",
      "-1500000, -1.5ms",
  })
  void formatsLikeGo(long nanos, String expected) {
    assertEquals(expected, GoDuration.format(Duration.ofNanos(nanos)));
    assertEquals(Optional.of(Duration.ofNanos(nanos)), GoDuration.parse(expected), "reads back " + expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "1m30s, 90000",
      "1h5m30s20ms, 3930020",
      "500ms, 500",
      "10us, 0.01",
      "10\u00b5s, 0.01",
      "10\u03bcs, 0.01",
      ".5s, 500",
      "1.5h, 5400000",
      "0, 0",
      "-1s, -1000",
      "+2s, 2000",
      "1s1s, 2000",
  })
  void parsesGoSyntax(String text, double millis) {
    assertEquals(Optional.of(Duration.ofNanos(Math.round(millis * 1_000_000))), GoDuration.parse(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "10", "10x", "1h-5m", "s", "1..2s", "1.2.3s", "-", "1 s", "9999999999h", "0x10s"})
  void rejectsWhatGoRejects(String text) {
    assertEquals(Optional.empty(), GoDuration.parse(text));
  }

  @org.junit.jupiter.api.Test
  void refusesDurationsGoCannotHold() {
    assertThrows(IllegalArgumentException.class, () -> GoDuration.format(Duration.ofDays(365L * 1000)));
  }
}
