package dev.gen.cli;

import dev.gen.compose.ComposeLoader;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code gen} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // most commands load compose files: compile the Compose schema on another core while picocli starts up
    ComposeLoader.warmUpInBackground();
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs gen with the given streams and returns the exit code (used by tests too). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = GenCommand.commandLine();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }
}
