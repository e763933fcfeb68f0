package dev.gen.cli;

/** gen's exit codes, and their lines in every command's help (annotations need constants). */
public final class ExitCodes {

  static final int OK = 0;
  static final int INPUT = 1;
  static final int USAGE = 2;
  static final int DIFFERENCES = 3;
  /** EX_SOFTWARE of sysexits.h: an internal error, a bug in gen. */
  public static final int INTERNAL = 70;

  static final String HEADING = "%nExit codes:%n";
  static final String OK_LINE = "0:success";
  static final String INPUT_LINE = "1:input or validation error (located, on stderr)";
  static final String USAGE_LINE = "2:usage error (wrong command line)";
  static final String DIFFERENCES_LINE = "3:--check found differences (the diff is on stdout)";
  static final String INTERNAL_LINE = "70:internal error: a bug in gen (GEN_DEBUG=1 shows the stack trace)";

  static final String EXAMPLES_HEADING = "%nExamples:%n";

  private ExitCodes() {}
}
