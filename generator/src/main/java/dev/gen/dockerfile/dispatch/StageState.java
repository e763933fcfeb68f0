package dev.gen.dockerfile.dispatch;

import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.CommandFact;
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
import dev.gen.dockerfile.gocompat.GoStrings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mutable state of one stage while its instructions are dispatched: the build environment and the image
 * configuration being built (BuildKit's {@code dispatchState} with its {@code llb.State} env and image config).
 */
final class StageState {

  /** The system PATH BuildKit gives an image that has none ({@code system.DefaultPathEnvUnix}). */
  static final String DEFAULT_PATH_UNIX = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  /** The Windows counterpart ({@code system.DefaultPathEnvWindows}). */
  static final String DEFAULT_PATH_WINDOWS =
      "c:\\Windows\\System32;c:\\Windows;C:\\Windows\\System32\\WindowsPowerShell\\v1.0";

  final boolean scratchRoot;
  final boolean windows;
  DispatchEnv env;
  /** The image's environment by (on Windows upper-cased) name, in the order of first definition. */
  final Map<String, EnvFact> imageEnv = new LinkedHashMap<>();
  final TreeMap<String, LabelFact> labels = new TreeMap<>();
  final TreeMap<Long, PortFact> ports = new TreeMap<>();
  final List<UnresolvedWord> unresolvedPorts = new ArrayList<>();
  final TreeMap<String, VolumeFact> volumes = new TreeMap<>();
  Fact<String> user;
  WorkdirFact workdir;
  CommandFact entrypoint;
  CommandFact cmd;
  HealthcheckFact healthcheck;
  Fact<String> stopSignal;
  Fact<List<String>> shell;
  Fact<String> maintainer;
  List<OnbuildFact> onBuild = new ArrayList<>();
  /** Whether a WORKDIR of this Dockerfile has run in the chain (for the WorkdirRelativePath lint). */
  boolean workdirSet;
  /** The ARG names declared in the chain (BuildKit's {@code buildArgs}). */
  final Set<String> declaredArgs = new LinkedHashSet<>();
  // per stage, not inherited: which instructions this stage has run already
  boolean cmdSetHere;
  boolean entrypointSetHere;
  boolean healthcheckSetHere;

  private StageState(boolean scratchRoot, boolean windows) {
    this.scratchRoot = scratchRoot;
    this.windows = windows;
  }

  /** A stage built directly on an image (unknown config) or on {@code scratch} (empty config). */
  static StageState root(boolean scratch, boolean windows, SourceLocation from) {
    StageState s = new StageState(scratch, windows);
    s.env = new DispatchEnv(!scratch, windows);
    Origin none = scratch ? Origin.BUILDKIT_DEFAULT : Origin.BASE_IMAGE;
    if (scratch) {
      String path = windows ? DEFAULT_PATH_WINDOWS : DEFAULT_PATH_UNIX;
      s.env.set("PATH", path, List.of());
      s.putImageEnv(new EnvFact("PATH", path, Origin.BUILDKIT_DEFAULT, from, List.of()));
      s.user = new Fact<>("", Origin.BUILDKIT_DEFAULT, from, List.of());
      s.workdir = new WorkdirFact(windows ? "\\" : "/", false, Origin.BUILDKIT_DEFAULT, from, List.of());
      s.entrypoint = new CommandFact(List.of(), Origin.BUILDKIT_DEFAULT, from, false, List.of(), null, false);
      s.cmd = new CommandFact(List.of(), Origin.BUILDKIT_DEFAULT, from, false, List.of(), null, false);
      s.healthcheck = new HealthcheckFact(List.of(), null, null, null, null, null, Origin.BUILDKIT_DEFAULT, from);
    } else {
      s.user = new Fact<>(null, Origin.BASE_IMAGE, from, List.of());
      s.workdir = new WorkdirFact(null, false, Origin.BASE_IMAGE, from, List.of());
      s.entrypoint = new CommandFact(null, Origin.BASE_IMAGE, from, false, List.of(), null, false);
      s.cmd = new CommandFact(null, Origin.BASE_IMAGE, from, false, List.of(), null, false);
      s.healthcheck = new HealthcheckFact(null, null, null, null, null, null, Origin.BASE_IMAGE, from);
    }
    s.stopSignal = new Fact<>(null, none, from, List.of());
    s.shell = new Fact<>(null, none, from, List.of());
    s.maintainer = new Fact<>(null, none, from, List.of());
    return s;
  }

  /** How many entries a copy of this state holds (for the dispatcher's copy budget). */
  long size() {
    return env.size() + (long) imageEnv.size() + labels.size() + ports.size() + unresolvedPorts.size()
        + volumes.size() + declaredArgs.size();
  }

  /**
   * This state, taken over by the only (remaining) stage built on it: nothing is copied. The per-stage parts start
   * afresh, as in {@link #child()}.
   */
  StageState takeOver() {
    onBuild = new ArrayList<>();
    cmdSetHere = false;
    entrypointSetHere = false;
    healthcheckSetHere = false;
    return this;
  }

  /** A stage built on a previous stage: it starts from a copy of that stage's final state. */
  StageState child() {
    StageState s = new StageState(scratchRoot, windows);
    s.env = env.copy();
    s.imageEnv.putAll(imageEnv);
    s.labels.putAll(labels);
    s.ports.putAll(ports);
    s.unresolvedPorts.addAll(unresolvedPorts);
    s.volumes.putAll(volumes);
    s.user = user;
    s.workdir = workdir;
    s.entrypoint = entrypoint;
    s.cmd = cmd;
    s.healthcheck = healthcheck;
    s.stopSignal = stopSignal;
    s.shell = shell;
    s.maintainer = maintainer;
    // a parent's ONBUILD triggers run in this stage and are not passed on (they are in this stage's commands)
    s.onBuild = new ArrayList<>();
    s.workdirSet = workdirSet;
    s.declaredArgs.addAll(declaredArgs);
    return s;
  }

  /** ENV in the image config: replaces a variable of the same name in place, else appends (BuildKit's addEnv). */
  void putImageEnv(EnvFact fact) {
    imageEnv.put(windows ? GoStrings.toUpper(fact.name()) : fact.name(), fact); // a LinkedHashMap keeps the place
  }

  /** The shell for shell-form commands, and where it comes from. */
  List<String> effectiveShell() {
    if (shell.value() != null) {
      return shell.value();
    }
    return windows ? List.of("cmd", "/S", "/C") : List.of("/bin/sh", "-c");
  }

  Origin effectiveShellOrigin() {
    if (shell.value() != null) {
      return Origin.DOCKERFILE;
    }
    return scratchRoot ? Origin.BUILDKIT_DEFAULT : Origin.ASSUMED_DEFAULT;
  }
}
