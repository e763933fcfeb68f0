package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SelfTrainCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run gen(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void runsEveryCommandOnItsProjectAndPrintsNothing() {
    // exit 0 means every command accepted the built-in project (and the deliberate error failed as an input error)
    Run r = gen("self-train");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void isHiddenFromTheHelp() {
    Run r = gen("--help");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("self-train"), r.out());
  }
}
