package dev.gen.dockerfile;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.gocompat.GoDuration;
import dev.gen.dockerfile.gocompat.GoQuote;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A complete, stable text rendering of {@link DockerfileFacts} and the warnings of a load, for golden files: every
 * field of every fact, strings quoted like Go so that blanks and control characters show.
 */
final class FactsText {

  private FactsText() {}

  static String render(DockerfileFacts f, Diagnostics warnings) {
    StringBuilder sb = new StringBuilder();
    sb.append("file: ").append(f.file()).append('\n');
    sb.append("syntax: ").append(q(f.syntax())).append('\n');
    sb.append("escape: ").append(q(String.valueOf(f.escapeToken()))).append('\n');
    sb.append("target: ").append(f.target()).append('\n');
    sb.append("chain: ").append(f.chain()).append('\n');
    BaseImage b = f.baseImage();
    sb.append("base image: ").append(q(b.name())).append(b.scratch() ? " (scratch)" : "")
        .append(" platform=").append(q(b.platform())).append(' ').append(loc(b.location()))
        .append(unresolved(b.unresolved())).append('\n');
    sb.append("stages:\n");
    for (StageFacts s : f.stages()) {
      sb.append("  ").append(s.index()).append(" name=").append(q(s.name())).append(" base=").append(q(s.baseName()))
          .append(" parent=").append(s.parentStage()).append(" platform=").append(q(s.platform()))
          .append(s.reachable() ? " reachable" : " unreachable").append(' ').append(loc(s.location())).append('\n');
      for (StageDependency d : s.dependencies()) {
        sb.append("    ").append(d.kind()).append(' ').append(q(d.reference())).append(" stage=").append(d.stage())
            .append(' ').append(loc(d.location())).append('\n');
      }
    }
    ImageFacts i = f.image();
    sb.append("image (inherits from base image: ").append(i.inheritsFromBaseImage()).append("):\n");
    sb.append("  env:").append(i.env().isEmpty() ? " none\n" : "\n");
    for (EnvFact e : i.env()) {
      sb.append("    ").append(e.name()).append('=').append(q(e.value())).append(' ').append(e.origin()).append(' ')
          .append(loc(e.location())).append(unresolved(e.unresolved())).append('\n');
    }
    sb.append("  exposed ports:");
    sb.append(i.exposedPorts().isEmpty() ? " none\n" : "\n");
    for (PortFact p : i.exposedPorts()) {
      sb.append("    ").append(p.key()).append(' ').append(loc(p.location())).append('\n');
    }
    for (UnresolvedWord w : i.unresolvedPorts()) {
      sb.append("    unresolved ").append(q(w.text())).append(' ').append(loc(w.location()))
          .append(unresolved(w.unresolved())).append('\n');
    }
    sb.append("  volumes:").append(i.volumes().isEmpty() ? " none\n" : "\n");
    for (VolumeFact v : i.volumes()) {
      sb.append("    ").append(q(v.path())).append(' ').append(loc(v.location())).append(unresolved(v.unresolved()))
          .append('\n');
    }
    sb.append("  labels:").append(i.labels().isEmpty() ? " none\n" : "\n");
    for (LabelFact l : i.labels()) {
      sb.append("    ").append(q(l.key())).append('=').append(q(l.value())).append(' ').append(loc(l.location()))
          .append(unresolved(l.unresolved())).append('\n');
    }
    sb.append("  user: ").append(fact(i.user())).append('\n');
    WorkdirFact w = i.workdir();
    sb.append("  workdir: ").append(q(w.path())).append(w.relativeToBaseImage() ? " (relative to the base image's)" : "")
        .append(' ').append(w.origin()).append(' ').append(loc(w.location())).append(unresolved(w.unresolved()))
        .append('\n');
    sb.append("  entrypoint: ").append(command(i.entrypoint())).append('\n');
    sb.append("  cmd: ").append(command(i.cmd())).append('\n');
    HealthcheckFact h = i.healthcheck();
    sb.append("  healthcheck: ").append(h.test() == null ? "unknown" : list(h.test()))
        .append(" interval=").append(duration(h.interval())).append(" timeout=").append(duration(h.timeout()))
        .append(" start-period=").append(duration(h.startPeriod())).append(" start-interval=")
        .append(duration(h.startInterval())).append(" retries=").append(h.retries()).append(' ').append(h.origin())
        .append(' ').append(loc(h.location())).append('\n');
    sb.append("  stop signal: ").append(fact(i.stopSignal())).append('\n');
    sb.append("  shell: ").append(i.shell().value() == null ? "null" : list(i.shell().value())).append(' ')
        .append(i.shell().origin()).append(' ').append(loc(i.shell().location())).append('\n');
    sb.append("  maintainer: ").append(fact(i.maintainer())).append('\n');
    sb.append("  onbuild:").append(i.onBuild().isEmpty() ? " none\n" : "\n");
    for (OnbuildFact o : i.onBuild()) {
      sb.append("    ").append(q(o.expression())).append(' ').append(loc(o.location())).append('\n');
    }
    sb.append("args:").append(f.args().isEmpty() ? " none\n" : "\n");
    for (ArgFact a : f.args()) {
      sb.append("  ").append(a.name()).append(" default=").append(q(a.defaultValue())).append(" value=")
          .append(q(a.value())).append(a.fromBuildArg() ? " (build arg)" : "").append(" stage=").append(a.stage())
          .append(' ').append(loc(a.location())).append(unresolved(a.unresolved())).append('\n');
    }
    sb.append("warnings:").append(warnings.isEmpty() ? " none\n" : "\n");
    for (Diagnostic d : warnings.all()) {
      sb.append("  ").append(d.code()).append(' ').append(loc(d.location())).append(' ').append(d.message())
          .append('\n');
    }
    return sb.toString();
  }

  private static String q(String s) {
    return s == null ? "null" : GoQuote.quote(s);
  }

  private static String list(List<String> values) {
    return values.stream().map(FactsText::q).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String loc(SourceLocation l) {
    return "@" + l;
  }

  private static String unresolved(List<String> names) {
    return names.isEmpty() ? "" : " unresolved=" + names;
  }

  private static String duration(Duration d) {
    return d == null ? "null" : GoDuration.format(d);
  }

  private static <T> String fact(Fact<T> f) {
    Object v = f.value();
    String value = v == null ? "null" : v instanceof String s ? q(s) : String.valueOf(v);
    return value + " " + f.origin() + " " + loc(f.location()) + unresolved(f.unresolved());
  }

  private static String command(CommandFact c) {
    StringBuilder sb = new StringBuilder(c.argv() == null ? "unknown" : list(c.argv()));
    sb.append(' ').append(c.origin());
    if (c.shellForm()) {
      sb.append(" shell-form shell=").append(list(c.shell())).append(" (").append(c.shellOrigin()).append(')');
    }
    if (c.cleared()) {
      sb.append(" cleared");
    }
    return sb.append(' ').append(loc(c.location())).toString();
  }
}
