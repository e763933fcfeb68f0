package dev.gen.cli;

import dev.gen.compose.ComposeLoader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code gen} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // most commands load compose files: compile the Compose schema on another core while picocli starts up
    ComposeLoader.warmUpInBackground();
    // stdout carries documents (YAML, JSON, diffs): UTF-8 whatever the locale
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err, RunContext.ofProcess());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs gen in the process's working directory and environment and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, RunContext.ofProcess());
  }

  /** Runs gen in the given context (tests pass a temporary directory and an environment of their own). */
  public static int run(String[] args, PrintWriter out, PrintWriter err, RunContext context) {
    try {
      var cli = GenCommand.commandLine(context, ProjectLoader.standard(context), args);
      cli.setOut(out);
      cli.setErr(err);
      return cli.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // picocli hands exceptions of the commands to ErrorHandler; this is for what escapes picocli itself
      ErrorHandler.internal(e, context, err);
      return ExitCodes.INTERNAL;
    }
  }
}
