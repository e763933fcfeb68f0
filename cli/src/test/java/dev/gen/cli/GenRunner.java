package dev.gen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs gen as {@link Main#run} does, in a working directory and environment of the test's own, with stdout and stderr
 * captured; optionally with a stand-in project loader.
 */
final class GenRunner {

  /** What a run gave. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final RunContext context;
  private final ProjectLoader loader;

  private GenRunner(RunContext context, ProjectLoader loader) {
    this.context = context;
    this.loader = loader;
  }

  /** gen in {@code dir} with an empty environment and the real loaders. */
  static GenRunner in(Path dir) {
    return new GenRunner(RunContext.of(dir, Map.of()), null);
  }

  GenRunner env(Map<String, String> environment) {
    return new GenRunner(new RunContext(context.workingDirectory(), environment, context.stdoutIsTerminal(),
        context.stderrIsTerminal()), loader);
  }

  GenRunner terminals(boolean stdout, boolean stderr) {
    return new GenRunner(context.withTerminals(stdout, stderr), loader);
  }

  GenRunner loader(ProjectLoader newLoader) {
    return new GenRunner(context, newLoader);
  }

  RunContext context() {
    return context;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    if (loader == null) {
      code = Main.run(args, new PrintWriter(out), new PrintWriter(err), context);
    } else {
      CommandLine cli = GenCommand.commandLine(context, loader, args);
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      code = cli.execute(args);
    }
    return new Result(code, out.toString(), err.toString());
  }

  /** The repository's {@code fixtures/}, found from wherever Maven runs the module. */
  static Path fixtures() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("fixtures")) && Files.isDirectory(p.resolve("cli"))) {
        return p.resolve("fixtures");
      }
    }
    throw new IllegalStateException("no fixtures/ above " + Path.of("").toAbsolutePath());
  }

  /** A working directory in which {@code fixtures} leads to the repository's fixtures, as in the help examples. */
  static Path withFixtures(Path dir) throws IOException {
    Files.createSymbolicLink(dir.resolve("fixtures"), fixtures());
    return dir;
  }
}
