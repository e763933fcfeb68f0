package dev.gen.dockerfile.dispatch;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.ArgFact;
import dev.gen.dockerfile.CommandFact;
import dev.gen.dockerfile.DockerfileCodes;
import dev.gen.dockerfile.DockerfileErrors;
import dev.gen.dockerfile.EnvFact;
import dev.gen.dockerfile.Fact;
import dev.gen.dockerfile.HealthcheckFact;
import dev.gen.dockerfile.LabelFact;
import dev.gen.dockerfile.OnbuildFact;
import dev.gen.dockerfile.Origin;
import dev.gen.dockerfile.PortFact;
import dev.gen.dockerfile.UnresolvedWord;
import dev.gen.dockerfile.VolumeFact;
import dev.gen.dockerfile.WorkdirFact;
import dev.gen.dockerfile.gocompat.GoQuote;
import dev.gen.dockerfile.gocompat.GoStrings;
import dev.gen.dockerfile.instructions.Instruction;
import dev.gen.dockerfile.instructions.InstructionException;
import dev.gen.dockerfile.instructions.InstructionParser;
import dev.gen.dockerfile.instructions.RunMount;
import dev.gen.dockerfile.parser.DockerfileParser;
import dev.gen.dockerfile.parser.ParseResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each instruction does to a stage's state when BuildKit dispatches it ({@code dockerfile2llb/convert.go}):
 * the words BuildKit substitutes are substituted first, with the state's environment as it was before the
 * instruction (so {@code ENV a=1 b=$a} sees the old {@code a}), then the image configuration is updated.
 * CMD, ENTRYPOINT, SHELL, HEALTHCHECK, MAINTAINER and ONBUILD are not substituted.
 */
final class InstructionDispatcher {

  /** BuildKit's SecretsUsedInArgOrEnv patterns. */
  private static final Pattern SECRET = Pattern.compile(
      "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
  private static final Pattern SECRET_ALLOWED = Pattern.compile("(?i)(?:_|^)(?:public)(?:_|$)");
  /** ARGs BuildKit keeps out of the build environment. */
  private static final Set<String> NON_ENV_ARGS = Set.of("BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");
  private static final Pattern OCTAL = Pattern.compile("[0-7]{1,11}");
  /** How many exposed ports (after ranges) one Dockerfile may name in all, counting repeats. */
  static final long MAX_EXPOSED_PORTS = 1_000_000;

  private final StageGraph graph;
  private final Expander expander;
  private final DispatchEnv globals;
  private final Map<String, String> buildArgs;
  private final Diagnostics warnings;
  private final List<ArgFact> argFacts;
  private final InstructionParser triggerParser;
  private long portsLeft = MAX_EXPOSED_PORTS;

  InstructionDispatcher(StageGraph graph, Expander expander, DispatchEnv globals, Map<String, String> buildArgs,
      Diagnostics warnings, List<ArgFact> argFacts, InstructionParser triggerParser) {
    this.graph = graph;
    this.expander = expander;
    this.globals = globals;
    this.buildArgs = buildArgs;
    this.warnings = warnings;
    this.argFacts = argFacts;
    this.triggerParser = triggerParser;
  }

  void dispatch(int stage, StageState st, Instruction instruction) {
    SourceLocation where = graph.location(instruction);
    if (instruction instanceof Instruction.Env env) {
      env(st, env, where);
    } else if (instruction instanceof Instruction.Label label) {
      label(st, label, where);
    } else if (instruction instanceof Instruction.Maintainer m) {
      st.maintainer = new Fact<>(m.maintainer(), Origin.DOCKERFILE, where, List.of());
    } else if (instruction instanceof Instruction.Arg arg) {
      arg(stage, st, arg, where);
    } else if (instruction instanceof Instruction.Workdir workdir) {
      workdir(st, workdir, where);
    } else if (instruction instanceof Instruction.User user) {
      Expander.Expansion e = expand(user.user(), st, where);
      st.user = new Fact<>(e.word(), Origin.DOCKERFILE, where, e.unresolved());
    } else if (instruction instanceof Instruction.Volume volume) {
      volume(st, volume, where);
    } else if (instruction instanceof Instruction.StopSignal signal) {
      stopSignal(st, signal, where);
    } else if (instruction instanceof Instruction.Expose expose) {
      expose(st, expose, where);
    } else if (instruction instanceof Instruction.Cmd cmd) {
      cmd(st, cmd, where);
    } else if (instruction instanceof Instruction.Entrypoint entrypoint) {
      entrypoint(st, entrypoint, where);
    } else if (instruction instanceof Instruction.Healthcheck healthcheck) {
      healthcheck(st, healthcheck, where);
    } else if (instruction instanceof Instruction.Shell shell) {
      st.shell = new Fact<>(shell.shell(), Origin.DOCKERFILE, where, List.of());
    } else if (instruction instanceof Instruction.Onbuild onbuild) {
      onbuild(st, onbuild, where);
    } else if (instruction instanceof Instruction.Run run) {
      run(stage, st, run, where);
    } else if (instruction instanceof Instruction.Copy copy) {
      copy(stage, st, copy, where);
    } else if (instruction instanceof Instruction.Add add) {
      add(st, add, where);
    }
  }

  private Expander.Expansion expand(String text, StageState st, SourceLocation where) {
    return expander.expand(text, st.env, where, st.declaredArgs, DockerfileCodes.UNDEFINED_VAR);
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return List.copyOf(s);
  }

  private void env(StageState st, Instruction.Env env, SourceLocation where) {
    List<Expander.Expansion[]> pairs = new ArrayList<>();
    for (Instruction.KeyValue kv : env.pairs()) { // all words see the environment from before the instruction
      pairs.add(new Expander.Expansion[] {expand(kv.key(), st, where), expand(kv.value(), st, where)});
    }
    for (int i = 0; i < pairs.size(); i++) {
      if (env.pairs().get(i).legacy()) {
        legacyLint(env.name(), where);
      }
      String key = pairs.get(i)[0].word();
      secretLint("ENV", key, where);
      List<String> unresolved = union(pairs.get(i)[0].unresolved(), pairs.get(i)[1].unresolved());
      String value = pairs.get(i)[1].word();
      st.env.set(key, value, unresolved);
      st.putImageEnv(new EnvFact(key, value, Origin.DOCKERFILE, where, unresolved));
    }
  }

  private void label(StageState st, Instruction.Label label, SourceLocation where) {
    List<Expander.Expansion[]> pairs = new ArrayList<>();
    for (Instruction.KeyValue kv : label.pairs()) {
      pairs.add(new Expander.Expansion[] {expand(kv.key(), st, where), expand(kv.value(), st, where)});
    }
    for (int i = 0; i < pairs.size(); i++) {
      if (label.pairs().get(i).legacy()) {
        legacyLint(label.name(), where);
      }
      String key = pairs.get(i)[0].word();
      st.labels.put(key, new LabelFact(key, pairs.get(i)[1].word(), where,
          union(pairs.get(i)[0].unresolved(), pairs.get(i)[1].unresolved())));
    }
  }

  private void legacyLint(String name, SourceLocation where) {
    warnings.warn(DockerfileCodes.LEGACY_KEY_VALUE, "\"" + name + " key=value\" should be used instead of legacy \""
        + name + " key value\" format", where, "");
  }

  private void secretLint(String instruction, String key, SourceLocation where) {
    if (SECRET.matcher(key).find() && !SECRET_ALLOWED.matcher(key).find()) {
      warnings.warn(DockerfileCodes.SECRETS_IN_ARG_OR_ENV, "Do not use ARG or ENV instructions for sensitive data ("
          + instruction + " " + GoQuote.quote(key) + ")", where, "");
    }
  }

  private void arg(int stage, StageState st, Instruction.Arg arg, SourceLocation where) {
    for (Instruction.ArgDeclaration decl : arg.args()) {
      String key = decl.key();
      secretLint("ARG", key, where);
      boolean hasValue = buildArgs.containsKey(key);
      boolean hasDefault = decl.defaultValue() != null;
      String value = null;
      List<String> unresolved = List.of();
      boolean unknown = false;
      if (!hasDefault && !hasValue) {
        DispatchEnv.Value global = globals.entry(key); // ARG NAME inside a stage imports the global value
        if (global != null) {
          unknown = global.unknown();
          value = global.value();
          unresolved = global.unresolved();
        }
      }
      if (hasValue) {
        value = buildArgs.get(key);
      } else if (hasDefault) {
        Expander.Expansion e = expand(decl.defaultValue(), st, where);
        value = e.word();
        unresolved = e.unresolved();
      }
      if (unknown) {
        st.env.setUnknown(key);
      } else if (value != null && !NON_ENV_ARGS.contains(key)) {
        st.env.set(key, value, unresolved);
      }
      st.declaredArgs.add(key);
      argFacts.add(new ArgFact(key, decl.defaultValue(), value, hasValue, stage, where, unresolved));
    }
  }

  private void workdir(StageState st, Instruction.Workdir workdir, SourceLocation where) {
    Expander.Expansion e = expand(workdir.path(), st, where);
    String path = e.word();
    if (!st.workdirSet && !Workdirs.isAbsolute(path, st.windows)) {
      warnings.warn(DockerfileCodes.WORKDIR_RELATIVE_PATH, "Relative workdir " + GoQuote.quote(path)
          + " can have unexpected results if the base image changes", where, "");
    }
    st.workdirSet = true;
    WorkdirFact current = st.workdir;
    try {
      if (current.path() == null || current.relativeToBaseImage()) {
        if (Workdirs.isAbsolute(path, st.windows)) {
          st.workdir = new WorkdirFact(Workdirs.normalize("/", path, st.windows), false, Origin.DOCKERFILE, where,
              e.unresolved());
        } else {
          String joined = current.path() == null ? path : current.path() + "/" + path;
          st.workdir = new WorkdirFact(Workdirs.clean(joined), true, Origin.DOCKERFILE, where,
              union(current.unresolved(), e.unresolved()));
        }
      } else {
        boolean relative = !Workdirs.isAbsolute(path, st.windows);
        st.workdir = new WorkdirFact(Workdirs.normalize(current.path(), path, st.windows), false, Origin.DOCKERFILE,
            where, relative ? union(current.unresolved(), e.unresolved()) : e.unresolved());
      }
    } catch (Workdirs.InvalidWorkdirException ex) {
      throw DockerfileErrors.error(where, DockerfileCodes.INSTRUCTION, ex.getMessage());
    }
  }

  private void volume(StageState st, Instruction.Volume volume, SourceLocation where) {
    for (String v : volume.volumes()) {
      Expander.Expansion e = expand(v, st, where);
      if (e.word().isEmpty()) {
        throw DockerfileErrors.error(where, DockerfileCodes.INSTRUCTION,
            "VOLUME specified can not be an empty string");
      }
      st.volumes.putIfAbsent(e.word(), new VolumeFact(e.word(), where, e.unresolved()));
    }
  }

  private void stopSignal(StageState st, Instruction.StopSignal signal, SourceLocation where) {
    Expander.Expansion e = expand(signal.signal(), st, where);
    if (e.unresolved().isEmpty() && !Signals.isValid(e.word())) {
      throw DockerfileErrors.error(where, DockerfileCodes.INSTRUCTION, "Invalid signal: " + e.word(),
          "a signal name such as SIGTERM or SIGQUIT, or its number");
    }
    st.stopSignal = new Fact<>(e.word(), Origin.DOCKERFILE, where, e.unresolved());
  }

  private void expose(StageState st, Instruction.Expose expose, SourceLocation where) {
    for (String word : expose.ports()) {
      Expander.Expansion e = expand(word, st, where);
      if (!e.unresolved().isEmpty()) {
        st.unresolvedPorts.add(new UnresolvedWord(e.word(), where, e.unresolved()));
        continue;
      }
      for (String w : e.words()) {
        PortSpec spec;
        try {
          spec = PortSpec.parse(w);
        } catch (PortSpec.InvalidPortException ex) {
          throw DockerfileErrors.error(where, DockerfileCodes.INSTRUCTION, ex.getMessage(),
              "EXPOSE takes port[/tcp|udp|sctp] or a range such as 8000-8010/tcp");
        }
        if (!spec.writtenProtocol().equals(spec.writtenProtocol().toLowerCase(java.util.Locale.ROOT))) {
          warnings.warn(DockerfileCodes.EXPOSE_PROTO_CASING, "Defined protocol '" + spec.writtenProtocol()
              + "' in EXPOSE instruction should be lowercase", where, "");
        }
        if (spec.hasHostPart()) {
          warnings.warn(DockerfileCodes.EXPOSE_INVALID_FORMAT, "EXPOSE instruction should not define an IP address "
              + "or host-port mapping, found '" + w + "'", where, "");
        }
        long protocolRank = switch (spec.protocol()) {
          case "tcp" -> 0;
          case "udp" -> 1;
          default -> 2;
        };
        portsLeft -= spec.ports().size();
        if (portsLeft < 0) {
          throw DockerfileErrors.error(where, DockerfileCodes.LIMIT, "the EXPOSE instructions name more than "
              + MAX_EXPOSED_PORTS + " ports in all, the most gen accepts");
        }
        for (int port : spec.ports()) {
          st.ports.putIfAbsent(port * 4L + protocolRank, new PortFact(port, spec.protocol(), where));
        }
      }
    }
  }

  private void multipleLint(boolean already, String name, SourceLocation where) {
    if (already) {
      warnings.warn(DockerfileCodes.MULTIPLE_INSTRUCTIONS, "Multiple " + name + " instructions should not be used "
          + "in the same stage because only the last one will be used", where, "");
    }
  }

  private CommandFact commandFact(StageState st, Instruction.CommandLine cl, String name, SourceLocation where) {
    if (cl.shellForm()) {
      if (st.shell.value() == null) {
        warnings.warn(DockerfileCodes.JSON_ARGS_RECOMMENDED, "JSON arguments recommended for " + name
            + " to prevent unintended behavior related to OS signals", where, "");
      }
      List<String> argv = new ArrayList<>(st.effectiveShell());
      argv.add(String.join(" ", cl.args()));
      return new CommandFact(argv, Origin.DOCKERFILE, where, true, st.effectiveShell(), st.effectiveShellOrigin(),
          false);
    }
    return new CommandFact(cl.args(), Origin.DOCKERFILE, where, false, List.of(), null, false);
  }

  private void cmd(StageState st, Instruction.Cmd cmd, SourceLocation where) {
    multipleLint(st.cmdSetHere, "CMD", where);
    st.cmdSetHere = true;
    st.cmd = commandFact(st, cmd.command(), "CMD", where);
  }

  private void entrypoint(StageState st, Instruction.Entrypoint entrypoint, SourceLocation where) {
    multipleLint(st.entrypointSetHere, "ENTRYPOINT", where);
    st.entrypointSetHere = true;
    st.entrypoint = commandFact(st, entrypoint.command(), "ENTRYPOINT", where);
    if (!st.cmdSetHere) {
      // ENTRYPOINT resets a CMD inherited from the base image or parent stage
      st.cmd = new CommandFact(List.of(), Origin.DOCKERFILE, where, false, List.of(), null, true);
    }
  }

  private void healthcheck(StageState st, Instruction.Healthcheck healthcheck, SourceLocation where) {
    multipleLint(st.healthcheckSetHere, "HEALTHCHECK", where);
    st.healthcheckSetHere = true;
    Instruction.HealthSpec h = healthcheck.health();
    st.healthcheck = new HealthcheckFact(h.test(), h.interval(), h.timeout(), h.startPeriod(), h.startInterval(),
        h.retries() == 0 ? null : h.retries(), Origin.DOCKERFILE, where);
  }

  private void onbuild(StageState st, Instruction.Onbuild onbuild, SourceLocation where) {
    st.onBuild.add(new OnbuildFact(onbuild.expression(), where));
    // the trigger runs in another build; check now that it would parse there
    try {
      ParseResult trigger = DockerfileParser.parse(where.file(), onbuild.expression());
      if (trigger.instructions().size() != 1) {
        throw new InstructionException(DockerfileCodes.INSTRUCTION, "onbuild trigger should be a single expression");
      }
      triggerParser.parse(trigger.instructions().get(0));
    } catch (InstructionException e) {
      invalidTrigger(e.getMessage(), where);
    } catch (GenException e) {
      invalidTrigger(e.first().message(), where);
    }
  }

  private void invalidTrigger(String message, SourceLocation where) {
    warnings.warn(DockerfileCodes.INVALID_ONBUILD,
        "this ONBUILD trigger will fail in the build that uses the image: " + message, where, "");
  }

  private void run(int stage, StageState st, Instruction.Run run, SourceLocation where) {
    for (String mount : run.mounts()) {
      RunMount m;
      try {
        m = RunMount.parse(mount, value -> expand(value, st, where).word());
      } catch (InstructionException e) {
        throw DockerfileErrors.error(where, e.code(), e.getMessage(), e.hint());
      }
      if (m.from() != null) {
        Integer source = graph.byName.get(GoStrings.toLower(m.from()));
        if (source != null && source >= stage) {
          throw DockerfileErrors.error(where, DockerfileCodes.STAGE, "cannot mount from stage "
              + GoQuote.quote(m.from()) + " to " + GoQuote.quote(graph.stageName(stage))
              + ", stage needs to be defined before current command");
        }
      }
    }
  }

  /** Substitutes and checks what COPY and ADD share; returns the substituted sources. */
  private List<String> copyCommon(StageState st, Instruction.SourcesAndDest files, String chown, String chmod,
      SourceLocation where) {
    expand(chown, st, where);
    String mode = expand(chmod, st, where).word();
    if (!mode.isEmpty() && OCTAL.matcher(mode).matches() && Long.parseLong(mode, 8) > 07777) {
      throw DockerfileErrors.error(where, DockerfileCodes.FLAG, "invalid chmod parameter: '" + mode
          + "'. it should be octal string and between 0 and 07777");
    }
    List<String> sources = new ArrayList<>();
    for (String src : files.sourcePaths()) {
      sources.add(expand(src, st, where).word());
    }
    expand(files.destPath(), st, where);
    for (Instruction.SourceContent content : files.sourceContents()) {
      if (content.expand()) {
        expander.expandRaw(content.data(), st.env, where, st.declaredArgs);
      }
    }
    return sources;
  }

  private void copy(int stage, StageState st, Instruction.Copy copy, SourceLocation where) {
    for (String s : copyCommon(st, copy.files(), copy.chown(), copy.chmod(), where)) {
      if (s.startsWith("http://") || s.startsWith("https://")) {
        throw DockerfileErrors.error(where, DockerfileCodes.INSTRUCTION, "source can't be a URL for COPY",
            "use ADD to download a file");
      }
    }
    if (!copy.from().isEmpty()) {
      Integer source = sourceStage(copy.from());
      if (source != null && source >= stage) {
        throw DockerfileErrors.error(where, DockerfileCodes.STAGE, "cannot copy from stage "
            + GoQuote.quote(copy.from()) + ", it needs to be defined before current stage "
            + GoQuote.quote(graph.stageName(stage)));
      }
    }
  }

  private Integer sourceStage(String from) {
    if (from.matches("[+-]?[0-9]{1,9}")) {
      return Integer.parseInt(from.startsWith("+") ? from.substring(1) : from);
    }
    return graph.byName.get(GoStrings.toLower(from));
  }

  private void add(StageState st, Instruction.Add add, SourceLocation where) {
    copyCommon(st, add.files(), add.chown(), add.chmod(), where);
    String checksum = expand(add.checksum(), st, where).word();
    if (!checksum.isEmpty() && add.files().sourcePaths().size() != 1) {
      throw DockerfileErrors.error(where, DockerfileCodes.INSTRUCTION,
          "checksum can't be specified for multiple sources");
    }
  }
}
