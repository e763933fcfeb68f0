package dev.gen.dockerfile.instructions;

import dev.gen.dockerfile.DockerfileCodes;
import dev.gen.dockerfile.gocompat.GoDuration;
import dev.gen.dockerfile.gocompat.GoQuote;
import dev.gen.dockerfile.gocompat.GoStrings;
import dev.gen.dockerfile.parser.Heredoc;
import dev.gen.dockerfile.parser.HeredocWords;
import dev.gen.dockerfile.parser.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AST node to typed instruction, as BuildKit's {@code instructions.ParseInstruction}: flags are validated per
 * instruction, argument counts checked, HEALTHCHECK durations and retries parsed, ONBUILD restricted, and SHELL
 * required to be JSON. The order of the checks follows BuildKit, so the same error is reported first.
 */
public final class InstructionParser {

  /** The 18 instructions BuildKit knows. */
  public static final Set<String> INSTRUCTIONS = Set.of("add", "arg", "cmd", "copy", "entrypoint", "env", "expose",
      "from", "healthcheck", "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user", "volume",
      "workdir");

  private static final Pattern VALID_STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
  private static final Pattern ONBUILD_PREFIX = Pattern.compile("(?i)^[\\t\\n\\f\\r ]*ONBUILD[\\t\\n\\f\\r ]*");
  private static final Pattern WINDOWS_PATH = Pattern.compile("\"[a-z]:\\\\.*");

  private final boolean labs;

  /**
   * @param labs whether the Dockerfile asked for the labs channel ({@code # syntax=...:1-labs}), which adds
   *     {@code RUN --device}
   */
  public InstructionParser(boolean labs) {
    this.labs = labs;
  }

  /** Parses one instruction. ARG and STOPSIGNAL ignore their flags, as in BuildKit. */
  public Instruction parse(Node node) throws InstructionException {
    Request req = new Request(node);
    return switch (node.command()) {
      case "env" -> new Instruction.Env(node, parseKeyValues(req, "ENV"));
      case "maintainer" -> parseMaintainer(req);
      case "label" -> new Instruction.Label(node, parseKeyValues(req, "LABEL"));
      case "add" -> parseAdd(req);
      case "copy" -> parseCopy(req);
      case "from" -> parseFrom(req);
      case "onbuild" -> parseOnbuild(req);
      case "workdir" -> new Instruction.Workdir(node, exactlyOne(req, "WORKDIR"));
      case "run" -> parseRun(req);
      case "cmd" -> {
        req.flags.parse();
        yield new Instruction.Cmd(node, commandLine(req, false));
      }
      case "healthcheck" -> parseHealthcheck(req);
      case "entrypoint" -> {
        req.flags.parse();
        yield new Instruction.Entrypoint(node, commandLine(req, true));
      }
      case "expose" -> parseExpose(req);
      case "user" -> new Instruction.User(node, exactlyOne(req, "USER"));
      case "volume" -> parseVolume(req);
      case "stopsignal" -> {
        if (req.args.size() != 1) {
          throw errExactlyOne("STOPSIGNAL");
        }
        yield new Instruction.StopSignal(node, req.args.get(0));
      }
      case "arg" -> parseArg(req);
      case "shell" -> parseShell(req);
      default -> throw new InstructionException(DockerfileCodes.UNKNOWN_INSTRUCTION, Suggest.wrap(
          "unknown instruction: " + node.keyword(), node.keyword(),
          INSTRUCTIONS.stream().map(GoStrings::toUpper).toList(), false),
          "the instructions are " + String.join(", ", INSTRUCTIONS.stream().map(GoStrings::toUpper).sorted()
              .toList()));
    };
  }

  /** The arguments, flags and heredocs of a node (BuildKit's {@code parseRequest}). */
  private static final class Request {
    final Node node;
    final List<String> args;
    final BFlags flags;

    Request(Node node) {
      this.node = node;
      this.args = nodeArgs(node);
      this.flags = new BFlags(node.flags());
    }
  }

  /** BuildKit's {@code nodeArgs}: ONBUILD's arguments are the nested keyword and its arguments. */
  private static List<String> nodeArgs(Node node) {
    if (node.subcommand() == null) {
      return node.args();
    }
    List<String> out = new ArrayList<>();
    out.add(node.subcommand().keyword());
    out.addAll(nodeArgs(node.subcommand()));
    return out;
  }

  private static List<Instruction.KeyValue> parseKeyValues(Request req, String command)
      throws InstructionException {
    req.flags.parse();
    List<String> args = req.args;
    if (args.isEmpty()) {
      throw errAtLeastOne(command);
    }
    if (args.size() % 3 != 0) {
      throw instruction("Bad input to " + command + ", too many arguments");
    }
    List<Instruction.KeyValue> pairs = new ArrayList<>();
    for (int j = 0; j < args.size(); j += 3) {
      if (args.get(j).isEmpty()) {
        throw instruction(command + " names can not be blank");
      }
      pairs.add(new Instruction.KeyValue(args.get(j), args.get(j + 1), args.get(j + 2).isEmpty()));
    }
    return pairs;
  }

  private static Instruction parseMaintainer(Request req) throws InstructionException {
    if (req.args.size() != 1) {
      throw errExactlyOne("MAINTAINER");
    }
    req.flags.parse();
    return new Instruction.Maintainer(req.node, req.args.get(0));
  }

  private static String exactlyOne(Request req, String command) throws InstructionException {
    if (req.args.size() != 1) {
      throw errExactlyOne(command);
    }
    req.flags.parse();
    return req.args.get(0);
  }

  private static Instruction.SourcesAndDest sourcesAndDest(Request req, String command)
      throws InstructionException {
    List<String> srcs = req.args.subList(0, req.args.size() - 1);
    String dest = req.args.get(req.args.size() - 1);
    if (HeredocWords.parseOrNull(dest) != null) {
      throw instruction(command + " cannot accept a heredoc as a destination");
    }
    Map<String, Heredoc> byName = new HashMap<>();
    for (Heredoc h : req.node.heredocs()) {
      byName.put(h.name(), h);
    }
    List<String> paths = new ArrayList<>();
    List<Instruction.SourceContent> contents = new ArrayList<>();
    for (String src : srcs) {
      Heredoc marker = HeredocWords.parseOrNull(src);
      if (marker == null) {
        paths.add(src);
        continue;
      }
      Heredoc body = byName.get(marker.name());
      String content = body == null ? "" : body.content();
      if (marker.chomp()) {
        content = new Heredoc(marker.name(), content, true, true, 0).chompedContent();
      }
      contents.add(new Instruction.SourceContent(marker.name(), content, marker.expand()));
    }
    return new Instruction.SourcesAndDest(paths, contents, dest);
  }

  private static Instruction parseAdd(Request req) throws InstructionException {
    if (req.args.size() < 2) {
      throw errNoDestination("ADD");
    }
    BFlags.Flag excludes = req.flags.addStrings("exclude");
    BFlags.Flag chown = req.flags.addString("chown", "");
    BFlags.Flag chmod = req.flags.addString("chmod", "");
    BFlags.Flag link = req.flags.addBool("link");
    BFlags.Flag keepGitDir = req.flags.addBool("keep-git-dir");
    BFlags.Flag checksum = req.flags.addString("checksum", "");
    BFlags.Flag unpack = req.flags.addBool("unpack");
    req.flags.parse();
    Instruction.SourcesAndDest files = sourcesAndDest(req, "ADD");
    return new Instruction.Add(req.node, files, chown.value(), chmod.value(), link.isTrue(), keepGitDir.isTrue(),
        checksum.value(), unpack.used() ? unpack.isTrue() : null, excludes.values());
  }

  private static Instruction parseCopy(Request req) throws InstructionException {
    if (req.args.size() < 2) {
      throw errNoDestination("COPY");
    }
    BFlags.Flag excludes = req.flags.addStrings("exclude");
    BFlags.Flag parents = req.flags.addBool("parents");
    BFlags.Flag chown = req.flags.addString("chown", "");
    BFlags.Flag from = req.flags.addString("from", "");
    BFlags.Flag chmod = req.flags.addString("chmod", "");
    BFlags.Flag link = req.flags.addBool("link");
    req.flags.parse();
    Instruction.SourcesAndDest files = sourcesAndDest(req, "COPY");
    return new Instruction.Copy(req.node, files, from.value(), chown.value(), chmod.value(), link.isTrue(),
        parents.isTrue(), excludes.values());
  }

  private static Instruction parseFrom(Request req) throws InstructionException {
    List<String> args = req.args;
    String stageName = null;
    if (args.size() == 3 && GoStrings.equalFold(args.get(1), "as")) {
      stageName = GoStrings.toLower(args.get(2));
      if (!VALID_STAGE_NAME.matcher(stageName).matches()) {
        throw new InstructionException(DockerfileCodes.STAGE, "invalid name for build stage: "
            + GoQuote.quote(args.get(2)) + ", name can't start with a number or contain symbols",
            "a stage name starts with a letter and has only letters, digits, '-', '_' and '.'");
      }
    } else if (args.size() != 1) {
      throw instruction("FROM requires either one or three arguments");
    }
    BFlags.Flag platform = req.flags.addString("platform", "");
    req.flags.parse();
    return new Instruction.From(req.node, args.get(0), stageName,
        platform.value().isEmpty() ? null : platform.value());
  }

  private static Instruction parseOnbuild(Request req) throws InstructionException {
    if (req.args.isEmpty()) {
      throw errAtLeastOne("ONBUILD");
    }
    req.flags.parse();
    String trigger = GoStrings.toUpper(GoStrings.trimSpace(req.args.get(0)));
    switch (trigger) {
      case "ONBUILD" -> throw instruction("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      case "MAINTAINER", "FROM" -> throw instruction(trigger + " isn't allowed as an ONBUILD trigger");
      default -> { }
    }
    StringBuilder expression = new StringBuilder(ONBUILD_PREFIX.matcher(req.node.original()).replaceFirst(""));
    for (Heredoc h : req.node.heredocs()) {
      expression.append('\n').append(h.content()).append(h.name());
    }
    return new Instruction.Onbuild(req.node, expression.toString(), req.node.subcommand());
  }

  private Instruction parseRun(Request req) throws InstructionException {
    BFlags.Flag mounts = req.flags.addStrings("mount");
    BFlags.Flag network = req.flags.addString("network", "default");
    BFlags.Flag security = req.flags.addString("security", "sandbox");
    BFlags.Flag devices = labs ? req.flags.addStrings("device") : null;
    req.flags.parse();
    List<String> sources = new ArrayList<>();
    for (String m : mounts.values()) {
      sources.add(RunMount.sourceOf(m));
    }
    if (!Set.of("default", "none", "host").contains(network.value())) {
      throw instruction("invalid network mode " + GoQuote.quote(network.value()));
    }
    if (!Set.of("sandbox", "insecure").contains(security.value())) {
      throw instruction("security " + GoQuote.quote(security.value()) + " is not valid");
    }
    return new Instruction.Run(req.node, commandLine(req, false), mounts.values(), sources, network.value(),
        security.value(), devices == null ? List.of() : devices.values());
  }

  /** BuildKit's {@code parseShellDependentCommand} with {@code handleJSONArgs}. */
  private static Instruction.CommandLine commandLine(Request req, boolean emptyAsNil) {
    List<String> args = handleJsonArgs(req.args, req.node.json());
    boolean nil = emptyAsNil && args.isEmpty();
    return new Instruction.CommandLine(args, !req.node.json(), req.node.heredocs(), nil);
  }

  /** The exec form's words, or the shell form's words joined into one string. */
  private static List<String> handleJsonArgs(List<String> args, boolean json) {
    if (args.isEmpty()) {
      return List.of();
    }
    return json ? args : List.of(String.join(" ", args));
  }

  private static Instruction parseHealthcheck(Request req) throws InstructionException {
    if (req.args.isEmpty()) {
      throw errAtLeastOne("HEALTHCHECK");
    }
    String type = GoStrings.toUpper(req.args.get(0));
    List<String> args = req.args.subList(1, req.args.size());
    if (type.equals("NONE")) {
      if (!args.isEmpty()) {
        throw instruction("HEALTHCHECK NONE takes no arguments");
      }
      return new Instruction.Healthcheck(req.node, new Instruction.HealthSpec(List.of("NONE"), null, null, null,
          null, 0));
    }
    BFlags.Flag interval = req.flags.addString("interval", "");
    BFlags.Flag timeout = req.flags.addString("timeout", "");
    BFlags.Flag startPeriod = req.flags.addString("start-period", "");
    BFlags.Flag startInterval = req.flags.addString("start-interval", "");
    BFlags.Flag retries = req.flags.addString("retries", "");
    req.flags.parse();
    List<String> test = new ArrayList<>();
    if (!type.equals("CMD")) {
      throw new InstructionException(DockerfileCodes.INSTRUCTION,
          "Unknown type " + GoQuote.quote(type) + " in HEALTHCHECK (try CMD)", "use HEALTHCHECK CMD or NONE");
    }
    List<String> command = handleJsonArgs(args, req.node.json());
    if (command.isEmpty()) {
      throw instruction("Missing command after HEALTHCHECK CMD");
    }
    test.add(req.node.json() ? "CMD" : "CMD-SHELL");
    test.addAll(command);
    int retryCount = 0;
    Duration i = interval(interval);
    Duration t = interval(timeout);
    Duration sp = interval(startPeriod);
    Duration si = interval(startInterval);
    if (!retries.value().isEmpty()) {
      long r = parseInt32(retries.value());
      if (r < 0) {
        throw instruction("--retries cannot be negative (" + r + ")");
      }
      retryCount = (int) r;
    }
    return new Instruction.Healthcheck(req.node, new Instruction.HealthSpec(test, i, t, sp, si, retryCount));
  }

  /** BuildKit's {@code parseOptInterval}: empty or 0 is "not set" (null); otherwise at least 1ms. */
  private static Duration interval(BFlags.Flag flag) throws InstructionException {
    if (flag.value().isEmpty()) {
      return null;
    }
    Duration d;
    try {
      d = GoDuration.parse(flag.value());
    } catch (GoDuration.InvalidDurationException e) {
      throw new InstructionException(DockerfileCodes.FLAG, e.getMessage(),
          "a Go duration such as 30s, 1m30s or 500ms");
    }
    if (d.isZero()) {
      return null;
    }
    if (d.compareTo(Duration.ofMillis(1)) < 0) {
      throw new InstructionException(DockerfileCodes.FLAG,
          "Interval " + GoQuote.quote(flag.name()) + " cannot be less than 1ms");
    }
    return d;
  }

  /** Go's {@code strconv.ParseInt(s, 10, 32)}, with Go's error messages. */
  private static long parseInt32(String s) throws InstructionException {
    String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InstructionException(DockerfileCodes.FLAG,
          "strconv.ParseInt: parsing " + GoQuote.quote(s) + ": invalid syntax");
    }
    try {
      long v = Long.parseLong(s.startsWith("+") ? digits : s);
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InstructionException(DockerfileCodes.FLAG,
          "strconv.ParseInt: parsing " + GoQuote.quote(s) + ": value out of range");
    }
  }

  private static Instruction parseExpose(Request req) throws InstructionException {
    if (req.args.isEmpty()) {
      throw errAtLeastOne("EXPOSE");
    }
    req.flags.parse();
    List<String> ports = new ArrayList<>(req.args);
    ports.sort(null); // BuildKit sorts the words (byte order equals UTF-16 order for these)
    return new Instruction.Expose(req.node, ports);
  }

  private static Instruction parseVolume(Request req) throws InstructionException {
    if (req.args.isEmpty()) {
      throw errAtLeastOne("VOLUME");
    }
    req.flags.parse();
    List<String> volumes = new ArrayList<>();
    for (String v : req.args) {
      String t = GoStrings.trimSpace(v);
      if (t.isEmpty()) {
        throw instruction("VOLUME specified can not be an empty string");
      }
      volumes.add(t);
    }
    return new Instruction.Volume(req.node, volumes);
  }

  private static Instruction parseArg(Request req) throws InstructionException {
    if (req.args.isEmpty()) {
      throw errAtLeastOne("ARG");
    }
    List<Instruction.ArgDeclaration> decls = new ArrayList<>();
    for (String arg : req.args) {
      int eq = arg.indexOf('=');
      if (eq < 0) {
        decls.add(new Instruction.ArgDeclaration(arg, null));
      } else {
        if (eq == 0) {
          throw instruction("ARG names can not be blank");
        }
        decls.add(new Instruction.ArgDeclaration(arg.substring(0, eq), arg.substring(eq + 1)));
      }
    }
    return new Instruction.Arg(req.node, decls);
  }

  private static Instruction parseShell(Request req) throws InstructionException {
    req.flags.parse();
    List<String> shell = handleJsonArgs(req.args, req.node.json());
    if (shell.isEmpty()) {
      throw errAtLeastOne("SHELL");
    }
    if (!req.node.json()) {
      throw errNotJson("SHELL", req.node.original());
    }
    return new Instruction.Shell(req.node, shell);
  }

  /** BuildKit's {@code errNotJSON}, with its hint for unescaped Windows paths. */
  static InstructionException errNotJson(String command, String original) {
    String lower = GoStrings.toLower(GoStrings.toLower(original).replace(GoStrings.toLower(command) + " ", ""));
    String extra = "";
    if (WINDOWS_PATH.matcher(lower).find() && !lower.contains("\\\\") && lower.contains("[")
        && lower.contains("]")) {
      extra = ". It looks like '" + lower + "' includes a file path without an escaped back-slash. JSON requires "
          + "back-slashes to be escaped such as [\"c:\\\\path\\\\to\\\\file.exe\", \"/parameter\"]";
    }
    return new InstructionException(DockerfileCodes.INSTRUCTION,
        command + " requires the arguments to be in JSON form" + extra,
        "write it as a JSON array, for example " + command + " [\"/bin/bash\", \"-c\"]");
  }

  private static InstructionException instruction(String message) {
    return new InstructionException(DockerfileCodes.INSTRUCTION, message);
  }

  private static InstructionException errAtLeastOne(String command) {
    return instruction(command + " requires at least one argument");
  }

  private static InstructionException errExactlyOne(String command) {
    return instruction(command + " requires exactly one argument");
  }

  private static InstructionException errNoDestination(String command) {
    return instruction(command + " requires at least two arguments, but only one was provided. Destination could "
        + "not be determined");
  }
}
