package dev.gen.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where one run of gen happens: the working directory relative paths start from, the environment
 * ({@code COMPOSE_FILE}, {@code NO_COLOR}, {@code GEN_DEBUG}...), and whether stdout and stderr are terminals. Only
 * {@link #ofProcess()} looks at the process; every command reads these values from here, so tests run gen in a
 * temporary directory with an environment of their own without touching the JVM's.
 *
 * @param workingDirectory absolute
 * @param environment the environment variables gen may read
 */
public record RunContext(Path workingDirectory, Map<String, String> environment, boolean stdoutIsTerminal,
    boolean stderrIsTerminal) {

  /** Set by the {@code gen} launcher ({@code [ -t 1 ]}, {@code [ -t 2 ]}), which can ask the shell. */
  static final String STDOUT_TTY_PROPERTY = "gen.stdout.tty";

  static final String STDERR_TTY_PROPERTY = "gen.stderr.tty";

  public RunContext {
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    environment = Map.copyOf(environment);
  }

  /** The process's own working directory, environment and terminals. */
  public static RunContext ofProcess() {
    // Java 17 cannot ask whether stderr is a terminal; the launcher can. Without it, a console (stdin and stdout are
    // terminals) is the best guess.
    boolean console = System.console() != null;
    return new RunContext(Path.of("").toAbsolutePath(), System.getenv(),
        terminal(System.getProperty(STDOUT_TTY_PROPERTY), console),
        terminal(System.getProperty(STDERR_TTY_PROPERTY), console));
  }

  private static boolean terminal(String property, boolean fallback) {
    return property == null || property.isEmpty() ? fallback : Boolean.parseBoolean(property);
  }

  /** A run in {@code workingDirectory} with this environment and no terminal: what tests use. */
  public static RunContext of(Path workingDirectory, Map<String, String> environment) {
    return new RunContext(workingDirectory, environment, false, false);
  }

  public RunContext withTerminals(boolean stdout, boolean stderr) {
    return new RunContext(workingDirectory, environment, stdout, stderr);
  }

  /** A path from the command line, relative to the working directory unless absolute. */
  public Path resolve(Path path) {
    return workingDirectory.resolve(Objects.requireNonNull(path)).normalize();
  }

  /** An environment variable, or null when unset. */
  public String env(String name) {
    return environment.get(name);
  }

  /** True when the variable is set to a non-empty value (the convention of {@code NO_COLOR} and friends). */
  public boolean isSet(String name) {
    String v = environment.get(name);
    return v != null && !v.isEmpty();
  }
}
