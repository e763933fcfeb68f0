package dev.gen.model.dockerfile;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.CommandFact;
import dev.gen.dockerfile.DockerfileFacts;
import dev.gen.dockerfile.EnvFact;
import dev.gen.dockerfile.Fact;
import dev.gen.dockerfile.HealthcheckFact;
import dev.gen.dockerfile.ImageFacts;
import dev.gen.dockerfile.LabelFact;
import dev.gen.dockerfile.OnbuildFact;
import dev.gen.dockerfile.Origin;
import dev.gen.dockerfile.PortFact;
import dev.gen.dockerfile.UnresolvedWord;
import dev.gen.dockerfile.VolumeFact;
import dev.gen.dockerfile.WorkdirFact;
import dev.gen.model.GoDuration;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration a Dockerfile gives the image of its target stage, written as the keys of a normalized Compose
 * service ({@code entrypoint}, {@code command}, {@code working_dir}, {@code user}, {@code healthcheck},
 * {@code stop_signal}, {@code expose}, {@code environment}, {@code labels}, {@code volumes}), each located at the
 * instruction that set it. Only what the Dockerfile's instructions set is written: what comes from the base image is
 * unknown to gen and left out (so are BuildKit's defaults for {@code FROM scratch}, which say nothing of the service), and a value that needs a variable of the base image ({@code PATH=/x:$PATH}, a
 * relative WORKDIR) is a notice, not a value. So is what an image holds but a service cannot carry (ONBUILD
 * triggers, MAINTAINER).
 */
final class ImageConfig {

  /** A notice: a Dockerfile value needs something of the base image, which gen does not read. */
  static final String UNKNOWN_VALUE = "model.dockerfile-unknown-value";

  /** A notice: an instruction whose effect the service model does not carry. */
  static final String NOT_CARRIED = "model.dockerfile-not-carried";

  private ImageConfig() {}

  /** The image's configuration; notices about what is not carried go to {@code diagnostics}. */
  static YMap of(DockerfileFacts facts, Diagnostics diagnostics) {
    ImageFacts image = facts.image();
    YMap out = new YMap(SourceLocation.of(facts.file()));
    command(out, "entrypoint", image.entrypoint());
    command(out, "command", image.cmd());
    workdir(out, image.workdir(), diagnostics);
    single(out, "user", "USER", image.user(), diagnostics);
    healthcheck(out, image.healthcheck(), image.shell());
    single(out, "stop_signal", "STOPSIGNAL", image.stopSignal(), diagnostics);
    expose(out, image.exposedPorts(), image.unresolvedPorts(), diagnostics);
    environment(out, image.env(), diagnostics);
    labels(out, image.labels(), diagnostics);
    volumes(out, image.volumes(), diagnostics);
    if (image.maintainer().value() != null && image.maintainer().origin() == Origin.DOCKERFILE) {
      diagnostics.notice(NOT_CARRIED, "MAINTAINER is not carried over (it is deprecated: the label"
          + " org.opencontainers.image.authors says the same and becomes the service's branding)",
          image.maintainer().location(), "MAINTAINER");
    }
    for (OnbuildFact trigger : image.onBuild()) {
      diagnostics.notice(NOT_CARRIED, "ONBUILD " + trigger.expression() + " is not carried over: it runs only in"
          + " builds that use this image as their base", trigger.location(), "ONBUILD");
    }
    return out;
  }

  private static void command(YMap out, String key, CommandFact fact) {
    if (fact.argv() != null && fact.origin() == Origin.DOCKERFILE) {
      out.put(key, fact.location(), strings(fact.argv(), fact.location()));
    }
  }

  private static void workdir(YMap out, WorkdirFact fact, Diagnostics diagnostics) {
    if (fact.path() == null || fact.origin() != Origin.DOCKERFILE) {
      return;
    }
    if (fact.relativeToBaseImage()) {
      diagnostics.notice(UNKNOWN_VALUE, "WORKDIR " + fact.path() + " is relative to the base image's working"
          + " directory, which gen does not know: not carried over", fact.location(), "WORKDIR");
    } else if (!fact.unresolved().isEmpty()) {
      unknown(diagnostics, "WORKDIR " + fact.path(), fact.unresolved(), fact.location(), "WORKDIR");
    } else {
      out.put("working_dir", fact.location(), YScalar.ofString(fact.path(), fact.location()));
    }
  }

  private static void single(YMap out, String key, String instruction, Fact<String> fact, Diagnostics diagnostics) {
    if (fact.value() == null || fact.value().isEmpty() || fact.origin() != Origin.DOCKERFILE) {
      return;
    }
    if (!fact.unresolved().isEmpty()) {
      unknown(diagnostics, instruction + " " + fact.value(), fact.unresolved(), fact.location(), instruction);
      return;
    }
    out.put(key, fact.location(), YScalar.ofString(fact.value(), fact.location()));
  }

  /**
   * The health check in Compose's form. Docker runs a {@code CMD-SHELL} check with the image's SHELL, so when the
   * Dockerfile sets one the check becomes the exec form of that shell.
   */
  private static void healthcheck(YMap out, HealthcheckFact fact, Fact<List<String>> shell) {
    if (fact.test() == null || fact.test().isEmpty() || fact.origin() != Origin.DOCKERFILE) {
      return;
    }
    SourceLocation at = fact.location();
    List<String> test = fact.test();
    if (test.get(0).equals("CMD-SHELL") && test.size() == 2 && shell.origin() == Origin.DOCKERFILE
        && shell.value() != null) {
      List<String> exec = new ArrayList<>();
      exec.add("CMD");
      exec.addAll(shell.value());
      exec.add(test.get(1));
      test = exec;
    }
    YMap check = new YMap(at);
    check.put("test", at, strings(test, at));
    duration(check, "interval", fact.interval(), at);
    duration(check, "timeout", fact.timeout(), at);
    duration(check, "start_period", fact.startPeriod(), at);
    duration(check, "start_interval", fact.startInterval(), at);
    if (fact.retries() != null) {
      check.put("retries", at, YScalar.of((long) fact.retries(), at));
    }
    out.put("healthcheck", at, check);
  }

  private static void duration(YMap map, String key, Duration value, SourceLocation at) {
    if (value != null) {
      map.put(key, at, YScalar.ofString(GoDuration.format(value), at));
    }
  }

  private static void expose(YMap out, List<PortFact> ports, List<UnresolvedWord> unresolved,
      Diagnostics diagnostics) {
    for (UnresolvedWord word : unresolved) {
      unknown(diagnostics, "EXPOSE " + word.text(), word.unresolved(), word.location(), "EXPOSE");
    }
    if (ports.isEmpty()) {
      return;
    }
    YSeq seq = new YSeq(ports.get(0).location());
    for (PortFact p : ports) {
      String text = p.protocol().equals("tcp") ? String.valueOf(p.port()) : p.key();
      seq.add(YScalar.ofString(text, p.location()));
    }
    out.put("expose", seq.location(), seq);
  }

  private static void environment(YMap out, List<EnvFact> env, Diagnostics diagnostics) {
    YMap map = null;
    for (EnvFact e : env) {
      if (e.origin() != Origin.DOCKERFILE) {
        continue; // the PATH BuildKit gives a scratch image is not something the Dockerfile says
      }
      if (!e.unresolved().isEmpty()) {
        unknown(diagnostics, "ENV " + e.name() + "=" + e.value(), e.unresolved(), e.location(), "ENV " + e.name());
        continue;
      }
      if (map == null) {
        map = new YMap(e.location());
      }
      map.put(e.name(), e.location(), YScalar.ofString(e.value(), e.location()));
    }
    if (map != null) {
      out.put("environment", map.location(), map);
    }
  }

  private static void labels(YMap out, List<LabelFact> labels, Diagnostics diagnostics) {
    YMap map = null;
    for (LabelFact l : labels) {
      if (!l.unresolved().isEmpty()) {
        unknown(diagnostics, "LABEL " + l.key() + "=" + l.value(), l.unresolved(), l.location(), "LABEL " + l.key());
        continue;
      }
      if (map == null) {
        map = new YMap(l.location());
      }
      map.put(l.key(), l.location(), YScalar.ofString(l.value(), l.location()));
    }
    if (map != null) {
      out.put("labels", map.location(), map);
    }
  }

  /** Each VOLUME is an anonymous volume of every container, as Docker creates one. */
  private static void volumes(YMap out, List<VolumeFact> volumes, Diagnostics diagnostics) {
    YSeq seq = null;
    for (VolumeFact v : volumes) {
      if (!v.unresolved().isEmpty()) {
        unknown(diagnostics, "VOLUME " + v.path(), v.unresolved(), v.location(), "VOLUME");
        continue;
      }
      if (seq == null) {
        seq = new YSeq(v.location());
      }
      YMap mount = new YMap(v.location());
      mount.put("type", v.location(), YScalar.ofString("volume", v.location()));
      mount.put("target", v.location(), YScalar.ofString(v.path(), v.location()));
      seq.add(mount);
    }
    if (seq != null) {
      out.put("volumes", seq.location(), seq);
    }
  }

  private static void unknown(Diagnostics diagnostics, String what, List<String> variables, SourceLocation at,
      String keyPath) {
    diagnostics.notice(UNKNOWN_VALUE, what + " needs " + String.join(", ", variables.stream().map(v -> "$" + v)
        .toList()) + " of the base image, which gen does not read: not carried over", at, keyPath);
  }

  static YSeq strings(List<String> words, SourceLocation at) {
    YSeq seq = new YSeq(at);
    for (String w : words) {
      seq.add(YScalar.ofString(w, at));
    }
    return seq;
  }

  /** True for a sequence with at least one item. */
  static boolean nonEmptyList(YNode node) {
    return node instanceof YSeq s && s.size() > 0;
  }
}
