package dev.gen.target.charm.k8s;

import dev.gen.render.Escapers;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CheckPlan;
import dev.gen.target.charm.ConfigOption;
import dev.gen.target.charm.Endpoint;
import dev.gen.target.charm.GoDurations;
import dev.gen.target.charm.PortPlan;
import dev.gen.target.charm.RelationEnv;
import dev.gen.target.charm.ValuePart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@code tests/unit/test_charm.py} holds besides its generic tests: the expectations gen computes itself,
 * from the plan, for the environment, the command, the ports and the published address. They are computed here
 * independently of the charm's Python code, so the tests check that code rather than repeat it.
 */
record UnitTestView(
    String className,
    List<RemoteRow> remoteData,
    List<Pair> expectedEnvironment,
    List<WithoutRow> withoutOptional,
    List<String> expectedCommand,
    List<WorkloadView.PortRow> ports,
    List<CheckEntry> expectedCheck,
    List<Integer> primaryPort,
    String publishedPorts,
    boolean built) {

  record RemoteRow(String endpoint, String host, List<String> port, String ports) {}

  record Pair(String name, String value) {}

  record WithoutRow(String endpoint, List<Pair> environment) {}

  record CheckEntry(String key, String pythonValue) {}

  /** What a provider publishes in the tests: its address in a test model and its real ports. */
  record Remote(String host, String port, List<String> ports) {}

  static UnitTestView of(CharmPlan plan, CharmPlans plans, String className) {
    Map<String, Remote> remotes = new TreeMap<>();
    for (Endpoint e : plan.requires()) {
      CharmPlan provider = plans.plan(e.service());
      PortPlan primary = provider.primaryPort();
      remotes.put(e.name(), new Remote(provider.name() + ".test.svc.cluster.local",
          primary == null ? null : String.valueOf(primary.port()),
          provider.ports().stream().map(p -> p.port() + "/" + p.protocol()).toList()));
    }
    List<RemoteRow> remoteRows = remotes.entrySet().stream()
        .map(r -> new RemoteRow(r.getKey(), r.getValue().host(), WorkloadView.opt(r.getValue().port()),
            String.join(",", r.getValue().ports())))
        .toList();
    List<WithoutRow> without = new ArrayList<>();
    for (Endpoint e : plan.requires()) {
      if (e.optional()) {
        Map<String, Remote> partial = new TreeMap<>(remotes);
        partial.remove(e.name());
        without.add(new WithoutRow(e.name(), pairs(environment(plan, partial))));
      }
    }
    PortPlan primary = plan.primaryPort();
    return new UnitTestView(
        className,
        remoteRows,
        pairs(environment(plan, remotes)),
        without,
        plan.command().isKnown() ? List.of(PythonText.shlexJoin(plan.command().argv())) : List.of(),
        plan.ports().stream().map(WorkloadView::port).toList(),
        check(plan),
        primary == null ? List.of() : List.of(primary.port()),
        plan.ports().stream().map(p -> p.port() + "/" + p.protocol()).collect(Collectors.joining(",")),
        plan.isBuilt());
  }

  /** The environment the charm must produce with the defaults, test secrets and the given relation data. */
  static Map<String, String> environment(CharmPlan plan, Map<String, Remote> remotes) {
    Map<String, String> env = new TreeMap<>();
    for (ConfigOption o : plan.options()) {
      if (o.envVar() == null || o.source() != ConfigOption.Source.ENVIRONMENT) {
        continue;
      }
      if (o.isSecret()) {
        env.put(o.envVar(), "secret-" + o.name());
      } else if (o.defaultValue() instanceof BigDecimal d) {
        env.put(o.envVar(), d.toPlainString());
      } else if (o.defaultValue() != null) {
        env.put(o.envVar(), o.defaultValue().toString());
      }
    }
    for (RelationEnv r : plan.relationEnv()) {
      StringBuilder value = new StringBuilder();
      for (ValuePart part : r.parts()) {
        Remote remote = part.endpoint() == null ? null : remotes.get(part.endpoint());
        if (part.kind() == ValuePart.Kind.TEXT || remote == null) {
          value.append(part.text());
        } else if (part.kind() == ValuePart.Kind.HOST) {
          value.append(remote.host());
        } else {
          Set<String> listening = remote.ports().stream().map(p -> p.substring(0, p.indexOf('/')))
              .collect(Collectors.toSet());
          value.append(listening.contains(part.text()) || remote.port() == null ? part.text() : remote.port());
        }
      }
      env.put(r.envVar(), value.toString());
    }
    return env;
  }

  private static List<Pair> pairs(Map<String, String> env) {
    return env.entrySet().stream().map(e -> new Pair(e.getKey(), e.getValue())).toList();
  }

  private static List<CheckEntry> check(CharmPlan plan) {
    CheckPlan c = plan.check();
    if (c == null) {
      return List.of();
    }
    List<CheckEntry> entries = new ArrayList<>();
    entries.add(new CheckEntry("override", "\"replace\""));
    entries.add(new CheckEntry("period", Escapers.pythonString(GoDurations.format(c.period()))));
    entries.add(new CheckEntry("timeout", Escapers.pythonString(GoDurations.format(c.timeout()))));
    entries.add(new CheckEntry("threshold", String.valueOf(c.threshold())));
    if (c.kind() == CheckPlan.Kind.HTTP) {
      entries.add(new CheckEntry("http", "{\"url\": " + Escapers.pythonString(c.url()) + "}"));
    } else {
      entries.add(new CheckEntry("exec", "{\"command\": " + Escapers.pythonString(PythonText.shlexJoin(c.command()))
          + ", \"service-context\": " + Escapers.pythonString(plan.baseName()) + "}"));
    }
    return entries;
  }
}
