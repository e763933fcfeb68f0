package dev.gen.target.charm;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.Build;
import dev.gen.model.ExposedPort;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the {@link CharmPlans} of a project: one {@link CharmPlan} per service, with names, config, relations,
 * storage, ports, actions and the workload's run-time facts, and the relations between the charms. Everything
 * the model holds that a charm cannot express is reported on the way.
 */
public final class CharmPlanner {

  private CharmPlanner() {}

  public static CharmPlans plan(Project project, CharmOptions options, Diagnostics diagnostics) {
    if (project.services().isEmpty()) {
      throw GenException.at(project.location(), "services", "charm.no-services",
          "the project has no services to write charms for");
    }
    List<Service> selected = select(project, options.services());
    Map<String, String> baseNames = baseNames(project, options.flavour());
    Map<String, CharmhubApp> charmhub = CharmhubSelector.select(project, options, baseNames, diagnostics);
    RelationPlanner.Result relations = new RelationPlanner(project, baseNames, charmhub, diagnostics).plan();
    List<CharmPlan> plans = new ArrayList<>();
    Map<String, CharmPlan> byService = new HashMap<>();
    StoragePlanner storage = new StoragePlanner(project, diagnostics);
    for (Service s : project.services()) {
      if (!charmhub.containsKey(s.name())) {
        CharmPlan plan = planService(project, s, options.flavour(), baseNames.get(s.name()), relations, storage,
            diagnostics);
        plans.add(plan);
        byService.putIfAbsent(s.name(), plan);
      }
    }
    List<CharmPlan> chosen = new ArrayList<>();
    for (Service s : selected) {
      CharmPlan plan = byService.get(s.name());
      if (plan != null) {
        chosen.add(plan);
      } else if (!options.services().isEmpty()) {
        diagnostics.notice("charm.charmhub", "service " + s.name() + " is deployed from the Charmhub charm "
            + charmhub.get(s.name()).charm() + "; gen writes no charm for it", s.location(), "services." + s.name());
      }
    }
    return new CharmPlans(options, plans, chosen, relations.relations(), List.copyOf(charmhub.values()));
  }

  private static List<Service> select(Project project, List<String> names) {
    if (names.isEmpty()) {
      return project.services();
    }
    List<Service> selected = new ArrayList<>();
    for (String name : names) {
      Service s = project.service(name).orElseThrow(() -> GenException.usage("no service named '" + name
          + "' in the project; its services are: "
          + String.join(", ", project.services().stream().map(Service::name).toList())));
      if (!selected.contains(s)) {
        selected.add(s);
      }
    }
    return selected;
  }

  /** Each service's base name; two services with the same name are an error that names both. */
  static Map<String, String> baseNames(Project project, CharmFlavour flavour) {
    Map<String, String> byService = new LinkedHashMap<>();
    Map<String, Service> byName = new TreeMap<>();
    List<Diagnostic> clashes = new ArrayList<>();
    for (Service s : project.services()) {
      String base = CharmNames.baseName(s.name(), flavour);
      Service other = byName.putIfAbsent(base, s);
      if (other != null) {
        clashes.add(Diagnostic.error("charm.name-collision", "services " + other.name() + " and " + s.name()
            + " both become the charm " + base + flavour.nameSuffix(), s.location(), "services." + s.name())
            .withHint("rename one of the services"));
      }
      byService.put(s.name(), base);
    }
    if (!clashes.isEmpty()) {
      throw new GenException(clashes, GenException.EXIT_INPUT);
    }
    return byService;
  }

  private static CharmPlan planService(
      Project project, Service s, CharmFlavour flavour, String base, RelationPlanner.Result relations,
      StoragePlanner storagePlanner, Diagnostics diagnostics) {
    new UnmappedReporter(diagnostics).report(s, flavour);
    BrandingPlanner.Result branding = new BrandingPlanner().plan(s, project.name());
    CommandPlan command = new CommandPlanner(diagnostics).plan(s, flavour);
    ConfigPlanner.Result config = new ConfigPlanner(project, diagnostics).plan(s, flavour,
        relations.endpointsByProvider(s.name()), relations.clients().getOrDefault(s.name(), Map.of()), base);
    List<StoragePlan> storage = storagePlanner.plan(s);
    // a machine charm runs the compose health check with the runtime itself: Pebble's limits do not apply to it
    CheckPlan check = new HealthcheckPlanner(flavour == CharmFlavour.K8S ? diagnostics : new Diagnostics())
        .plan(s, base);
    String[] userGroup = userAndGroup(s.user());
    return new CharmPlan(
        s.name(),
        base + flavour.nameSuffix(),
        base,
        branding.title(),
        branding.summary(),
        branding.description(),
        branding.links(),
        branding.facts(),
        s.image(),
        buildPlan(s.build()),
        command,
        s.workingDir(),
        userGroup[0],
        userGroup[1],
        config.options(),
        config.relationEnv(),
        config.secretFiles(),
        relations.provides().get(s.name()),
        relations.requires().get(s.name()),
        relations.peers().get(s.name()),
        storage,
        ports(s),
        actions(s, flavour),
        check,
        restart(s, project),
        Math.max(1, s.deployment().replicas()),
        constraints(s),
        config.clients());
  }

  private static String[] userAndGroup(String user) {
    if (user == null || user.isBlank()) {
      return new String[] {null, null};
    }
    int colon = user.indexOf(':');
    if (colon < 0) {
      return new String[] {user, null};
    }
    String u = user.substring(0, colon);
    String g = user.substring(colon + 1);
    return new String[] {u.isEmpty() ? null : u, g.isEmpty() ? null : g};
  }

  private static BuildPlan buildPlan(Build b) {
    if (b == null) {
      return null;
    }
    Map<String, String> args = new TreeMap<>();
    b.args().forEach((k, v) -> {
      if (v != null) {
        args.put(k, v);
      }
    });
    return new BuildPlan(b.context(), b.dockerfile(), b.target(), args, b.gitRepository(), b.gitRef());
  }

  private static List<PortPlan> ports(Service s) {
    Map<String, PortPlan> byKey = new TreeMap<>();
    for (PortMapping p : s.ports()) {
      if (p.protocol().equals("tcp") || p.protocol().equals("udp")) {
        String key = String.format(Locale.ROOT, "%05d/%s", p.target(), p.protocol());
        PortPlan existing = byKey.get(key);
        if (existing == null || (!existing.isPublished() && p.isPublished())) {
          byKey.put(key, new PortPlan(p.target(), p.protocol(), p.isPublished() ? p.published() : null,
              p.isPublished() && p.hostIp() != null && !p.hostIp().isEmpty() ? p.hostIp() : null));
        }
      }
    }
    for (ExposedPort e : s.expose()) {
      if (e.protocol().equals("tcp") || e.protocol().equals("udp")) {
        byKey.putIfAbsent(String.format(Locale.ROOT, "%05d/%s", e.port(), e.protocol()),
            new PortPlan(e.port(), e.protocol(), null));
      }
    }
    return List.copyOf(byKey.values());
  }

  private static List<ActionPlan> actions(Service s, CharmFlavour flavour) {
    List<ActionPlan> actions = new ArrayList<>();
    if (flavour == CharmFlavour.MACHINE) {
      // a machine unit pulls or builds its image itself, so it can do either again
      actions.add(new ActionPlan("rebuild", s.isBuilt()
          ? "Fetch the git repository again, rebuild the image and replace the container when the image changed."
          : "Pull the image again and replace the container when the image changed."));
    } else if (s.isBuilt()) {
      actions.add(new ActionPlan("rebuild", "Say how to rebuild the workload's image from its sources and roll it"
          + " out: a Kubernetes unit cannot build images, so this action only gives the commands."));
    }
    actions.add(new ActionPlan("restart", flavour == CharmFlavour.MACHINE
        ? "Restart the workload's container (create it when it is missing)." : "Restart the workload."));
    actions.sort(Comparator.comparing(ActionPlan::name));
    return actions;
  }

  private static RestartPlan restart(Service s, Project project) {
    RestartPolicy r = s.restart();
    if (project.source() == SourceKind.DOCKERFILES) {
      // a Dockerfile has no restart policy; a charm's workload is a service, so Pebble's default applies
      return new RestartPlan("restart", "restart", null, s.options().stopGracePeriod());
    }
    String onSuccess = switch (r.condition()) {
      case ALWAYS, UNLESS_STOPPED -> "restart";
      case NO, ON_FAILURE -> "ignore";
    };
    String onFailure = r.condition() == RestartPolicy.Condition.NO ? "ignore" : "restart";
    return new RestartPlan(onSuccess, onFailure, r.delay(), s.options().stopGracePeriod());
  }

  /** The Juju constraints of a service's resource limits that every charm takes: its memory limit. */
  public static List<String> constraints(Service s) {
    Long memory = s.deployment().resources().memoryLimitBytes();
    if (memory == null || memory <= 0) {
      return List.of();
    }
    long mib = 1024L * 1024L;
    if (memory % (1024L * mib) == 0) {
      return List.of("mem=" + memory / (1024L * mib) + "G");
    }
    return List.of("mem=" + ((memory + mib - 1) / mib) + "M");
  }
}
