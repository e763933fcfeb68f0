package dev.gen.target.charm.k8s;

import dev.gen.render.Escapers;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CheckPlan;
import dev.gen.target.charm.ClientPlan;
import dev.gen.target.charm.ConfigOption;
import dev.gen.target.charm.Endpoint;
import dev.gen.target.charm.GoDurations;
import dev.gen.target.charm.PortPlan;
import dev.gen.target.charm.RelationEnv;
import dev.gen.target.charm.RelationValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** A required endpoint's relation data in the tests, as Python dict literals ({@code secret}: None or a dict). */
  record RemoteRow(String endpoint, String app, String unit, String secret) {}

  record Pair(String name, String value) {}

  record WithoutRow(String endpoint, List<Pair> environment) {}

  record CheckEntry(String key, String pythonValue) {}

  /**
   * What a provider gives in the tests: its address in a test model and its real ports; from a Charmhub charm also
   * the test credentials and the resource name the consumer asked for.
   */
  record Remote(String host, String port, List<String> ports, String username, String password, String database) {

    Remote(String host, String port, List<String> ports) {
      this(host, port, ports, null, null, null);
    }
  }

  /**
   * The relation data a provider writes in the tests, in the shape of its protocol: the application databag, the
   * databag of its unit 0, and the content of the {@code secret-user} secret (data-platform charms only).
   */
  record RemoteData(Map<String, String> app, Map<String, String> unit, Map<String, String> secret) {}

  /** What each required endpoint's provider gives in the tests (none for ingress: it gives nothing to the env). */
  static Map<String, Remote> remotes(CharmPlan plan, CharmPlans plans) {
    Map<String, Remote> remotes = new TreeMap<>();
    for (Endpoint e : plan.requires()) {
      Optional<ClientPlan> client = plan.client(e.name());
      if (client.isEmpty()) {
        CharmPlan provider = plans.plan(e.service());
        PortPlan primary = provider.primaryPort();
        remotes.put(e.name(), new Remote(provider.name() + ".test.svc.cluster.local",
            primary == null ? null : String.valueOf(primary.port()),
            provider.ports().stream().map(p -> p.port() + "/" + p.protocol()).toList()));
        continue;
      }
      ClientPlan c = client.get();
      String host = c.providerCharm() + ".test.svc.cluster.local";
      String port = String.valueOf(c.port() != null ? c.port()
          : plans.charmhubApp(c.providerService()).orElseThrow().row().port());
      switch (c.protocol()) {
        case DATA_PLATFORM -> remotes.put(e.name(), new Remote(host, port, List.of(port + "/tcp"),
            "user-" + e.name(), "password-" + e.name(), c.request().get(c.resourceKey())));
        case UNIT_ADDRESS -> remotes.put(e.name(), new Remote(host, port, List.of(port + "/tcp")));
        case RABBITMQ -> remotes.put(e.name(), new Remote(host, port, List.of(port + "/tcp"),
            c.request().get("username"), "password-" + e.name(), c.request().get(c.resourceKey())));
        case INGRESS, NONE -> { }
      }
    }
    return remotes;
  }

  /** The data each required endpoint's provider writes in the tests. */
  static Map<String, RemoteData> remoteData(CharmPlan plan, Map<String, Remote> remotes) {
    Map<String, RemoteData> data = new TreeMap<>();
    for (Endpoint e : plan.requires()) {
      Remote r = remotes.get(e.name());
      Optional<ClientPlan> client = plan.client(e.name());
      Map<String, String> app = new TreeMap<>();
      Map<String, String> unit = new TreeMap<>();
      Map<String, String> secret = null;
      if (client.isEmpty()) {
        app.put("host", r.host());
        if (r.port() != null) {
          app.put("port", r.port());
        }
        app.put("ports", String.join(",", r.ports()));
      } else {
        ClientPlan c = client.get();
        switch (c.protocol()) {
          case DATA_PLATFORM -> {
            app.put("endpoints", r.host() + ":" + r.port());
            app.put(c.resourceKey(), r.database());
            secret = new TreeMap<>(Map.of("username", r.username(), "password", r.password()));
          }
          case UNIT_ADDRESS -> {
            unit.put(c.hostKey(), r.host());
            unit.put("port", r.port());
          }
          case RABBITMQ -> {
            app.put("hostname", r.host());
            app.put("password", r.password());
          }
          case INGRESS -> app.put("ingress", "{\"url\": \"http://ingress.test/" + plan.name() + "\"}");
          case NONE -> { }
        }
      }
      data.put(e.name(), new RemoteData(app, unit, secret));
    }
    return data;
  }

  static UnitTestView of(CharmPlan plan, CharmPlans plans, String className) {
    Map<String, Remote> remotes = remotes(plan, plans);
    List<RemoteRow> remoteRows = remoteData(plan, remotes).entrySet().stream()
        .map(r -> new RemoteRow(r.getKey(), WorkloadView.dict(r.getValue().app()),
            WorkloadView.dict(r.getValue().unit()),
            r.getValue().secret() == null ? "None" : WorkloadView.dict(r.getValue().secret())))
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
    Map<String, RelationValues.Address> addresses = new TreeMap<>();
    remotes.forEach((endpoint, r) -> addresses.put(endpoint, new RelationValues.Address(r.host(), r.port(),
        r.ports().stream().map(p -> p.substring(0, p.indexOf('/'))).toList(), r.username(), r.password(),
        r.database())));
    for (RelationEnv r : plan.relationEnv()) {
      env.put(r.envVar(), RelationValues.rebuild(r, addresses));
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
