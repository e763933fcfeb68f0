package dev.gen.target.charm.k8s;

import dev.gen.render.Escapers;
import dev.gen.target.charm.BuildPlan;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CheckPlan;
import dev.gen.target.charm.ConfigOption;
import dev.gen.target.charm.GoDurations;
import dev.gen.target.charm.PortPlan;
import dev.gen.target.charm.RelationEnv;
import dev.gen.target.charm.SecretFilePlan;
import dev.gen.target.charm.ValuePart;
import java.time.Duration;
import java.util.List;

/**
 * What {@code src/workload.py} holds: the facts of one workload as Python data. Optional values are lists of
 * zero or one element, so that the template writes {@code None} for an absent value and an escaped literal for a
 * present one (even an empty string).
 */
record WorkloadView(
    String project,
    String service,
    String charm,
    String container,
    String resource,
    List<String> image,
    String summary,
    List<String> version,
    List<String> commandNote,
    List<String> command,
    List<String> workingDir,
    List<String> user,
    List<String> group,
    String onSuccess,
    String onFailure,
    List<String> backoffDelay,
    List<String> killDelay,
    List<OptionRow> options,
    List<RelationEnvRow> relationEnv,
    List<SecretFileRow> secretFiles,
    List<RequiresRow> requires,
    List<ClientRow> clients,
    List<ProvidesRow> provides,
    List<String> peers,
    List<PortRow> ports,
    List<Integer> primaryPort,
    CheckRow check,
    BuildRow build) {

  record OptionRow(String env, String option, String type, boolean required) {}

  record RelationEnvRow(String env, List<PartRow> parts) {}

  record PartRow(boolean isText, String kind, String endpoint, String text) {}

  record SecretFileRow(String option, String path, String modeOctal, List<String> uid, List<String> gid) {}

  record RequiresRow(String endpoint, String interfaceName, String service, String provider, boolean optional) {
    public String getInterface() {
      return interfaceName;
    }
  }

  /** A client of a Charmhub charm; {@code request} is a Python dict literal made by {@link #dict}. */
  record ClientRow(String endpoint, String protocol, String request, String resourceKey, String hostKey,
      List<Integer> port) {}

  record ProvidesRow(String endpoint, String interfaceName) {
    public String getInterface() {
      return interfaceName;
    }
  }

  record PortRow(int port, String protocol, String portClass) {}

  record CheckRow(String name, String period, String timeout, int threshold, List<String> url, List<String> command) {}

  record BuildRow(String context, List<String> file, List<String> target, List<Arg> args) {}

  record Arg(String name, String value) {}

  static WorkloadView of(CharmPlan plan, CharmPlans plans, String project) {
    return new WorkloadView(
        project,
        plan.service(),
        plan.name(),
        plan.baseName(),
        plan.imageResource(),
        opt(plan.image()),
        plan.summary(),
        opt(plan.branding().version()),
        plan.command().note().isEmpty() ? List.of() : List.of(plan.command().note()),
        plan.command().argv(),
        opt(plan.workingDir()),
        opt(plan.user()),
        opt(plan.group()),
        plan.restart().onSuccess(),
        plan.restart().onFailure(),
        opt(duration(plan.restart().backoffDelay())),
        opt(duration(plan.restart().killDelay())),
        plan.options().stream()
            .filter(o -> o.envVar() != null && o.source() == ConfigOption.Source.ENVIRONMENT)
            .map(o -> new OptionRow(o.envVar(), o.name(), o.type().yamlName(), o.required()))
            .toList(),
        plan.relationEnv().stream().map(WorkloadView::relationEnv).toList(),
        plan.secretFiles().stream().map(WorkloadView::secretFile).toList(),
        plan.requires().stream()
            .map(e -> new RequiresRow(e.name(), e.interfaceName(), e.service(), plans.charmName(e.service()),
                e.optional()))
            .toList(),
        plan.clients().stream()
            .map(c -> new ClientRow(c.endpoint(), c.protocol().id(), dict(c.request()), c.resourceKey(), c.hostKey(),
                c.port() == null ? List.of() : List.of(c.port())))
            .toList(),
        plan.provides().stream().map(e -> new ProvidesRow(e.name(), e.interfaceName())).toList(),
        plan.peers().stream().map(e -> e.name()).toList(),
        plan.ports().stream().map(WorkloadView::port).toList(),
        plan.primaryPort() == null ? List.of() : List.of(plan.primaryPort().port()),
        check(plan.check()),
        build(plan.build()));
  }

  private static RelationEnvRow relationEnv(RelationEnv r) {
    return new RelationEnvRow(r.envVar(), r.parts().stream()
        .map(p -> new PartRow(p.kind() == ValuePart.Kind.TEXT, p.kind().word(),
            p.endpoint(), p.text()))
        .toList());
  }

  /** A Python dict literal of strings, in key order. */
  static String dict(java.util.Map<String, String> map) {
    return map.entrySet().stream()
        .map(e -> Escapers.pythonString(e.getKey()) + ": " + Escapers.pythonString(e.getValue()))
        .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
  }

  private static SecretFileRow secretFile(SecretFilePlan f) {
    return new SecretFileRow(f.option(), f.path(), "0o" + Integer.toOctalString(f.mode()), opt(f.uid()),
        opt(f.gid()));
  }

  static PortRow port(PortPlan p) {
    return new PortRow(p.port(), p.protocol(), p.protocol().equals("udp") ? "UDPPort" : "TCPPort");
  }

  private static CheckRow check(CheckPlan c) {
    if (c == null) {
      return null;
    }
    return new CheckRow(c.name(), GoDurations.format(c.period()), GoDurations.format(c.timeout()), c.threshold(),
        opt(c.url()), c.command());
  }

  private static BuildRow build(BuildPlan b) {
    if (b == null) {
      return null;
    }
    String file = null;
    boolean remote = b.context().contains("://") || b.context().startsWith("git@");
    if (!remote && b.dockerfile() != null && !b.dockerfile().equals("Dockerfile")) {
      file = b.context().replaceAll("/+$", "") + "/" + b.dockerfile();
    }
    return new BuildRow(b.context(), opt(file), opt(b.target()),
        b.args().entrySet().stream().map(e -> new Arg(e.getKey(), e.getValue())).toList());
  }

  private static String duration(Duration d) {
    return d == null ? null : GoDurations.format(d);
  }

  static List<String> opt(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
