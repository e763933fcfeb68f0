package dev.gen.target.bundle;

import dev.gen.diag.Diagnostics;
import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.SecretDefinition;
import dev.gen.model.Service;
import dev.gen.model.Volume;
import dev.gen.target.bundle.BundlePlan.Application;
import dev.gen.target.bundle.BundlePlan.Grant;
import dev.gen.target.bundle.BundlePlan.Image;
import dev.gen.target.bundle.BundlePlan.Relation;
import dev.gen.target.bundle.BundlePlan.Secret;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmNames;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlanner;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmhubApp;
import dev.gen.target.charm.ConfigOption;
import dev.gen.target.charm.PortPlan;
import dev.gen.target.charm.RelationPlan;
import dev.gen.target.charm.SecretFilePlan;
import dev.gen.target.charm.StoragePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Makes the {@link BundlePlan} of a project from its charm plans: one application per service (its generated charm,
 * or the Charmhub charm that replaces it), one relation per relation plan, and the Juju secrets behind the secret
 * options. What a bundle cannot say is reported as {@code bundle.unmapped}.
 */
final class BundlePlanner {

  /** The plan, and the key paths of the model the bundle expresses although the charms could not. */
  record Result(BundlePlan plan, Set<String> expressed) {}

  /** Juju's size for a filesystem storage that names none. */
  static final String DEFAULT_STORAGE_SIZE = "1G";

  private static final Pattern SIZE = Pattern.compile("^[0-9]+(?:\\.[0-9]+)?[MGTP]$");
  private static final Pattern SHELL_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

  private final Project project;
  private final CharmPlans plans;
  private final BundleOptions options;
  private final Function<CharmPlan, String> packedFile;
  private final Diagnostics diagnostics;
  private final PlacementPlanner placement;

  /**
   * @param packedFile the file name {@code charmcraft pack} writes for a charm (from its generated
   *     charmcraft.yaml)
   */
  BundlePlanner(Project project, CharmPlans plans, BundleOptions options, Function<CharmPlan, String> packedFile,
      Diagnostics diagnostics) {
    this.project = project;
    this.plans = plans;
    this.options = options;
    this.packedFile = packedFile;
    this.diagnostics = diagnostics;
    this.placement = new PlacementPlanner(diagnostics);
  }

  Result plan() {
    boolean kubernetes = options.flavour() == CharmFlavour.K8S;
    Set<String> expressed = new TreeSet<>();
    List<Application> applications = new ArrayList<>();
    List<Image> images = new ArrayList<>();
    for (Service s : project.services()) {
      PlacementPlanner.Result placed = placement.plan(s, kubernetes);
      expressed.addAll(placed.expressed());
      List<String> constraints = new ArrayList<>(CharmPlanner.constraints(s));
      constraints.addAll(placed.constraints());
      CharmPlan plan = plans.forService(s.name()).orElse(null);
      if (plan != null) {
        applications.add(local(s, plan, kubernetes, String.join(" ", constraints), placed.to(), images));
      } else {
        applications.add(charmhub(s, plans.charmhubApp(s.name()).orElseThrow(), String.join(" ", constraints),
            placed.to()));
      }
    }
    applications.sort(Comparator.comparing(Application::name));
    List<Relation> relations = new ArrayList<>();
    for (RelationPlan r : plans.relations()) {
      relations.add(new Relation(plans.appName(r.consumer()) + ":" + r.consumerEndpoint(),
          plans.appName(r.provider()) + ":" + r.providerEndpoint(), r.interfaceName()));
    }
    relations.sort(Comparator.comparing(Relation::a).thenComparing(Relation::b));
    boolean trust = applications.stream().anyMatch(Application::trust);
    return new Result(new BundlePlan(project.name(), kubernetes, kubernetes ? null : options.base(), applications,
        relations, secrets(), images, trust), expressed);
  }

  private Application local(
      Service s, CharmPlan plan, boolean kubernetes, String constraints, List<String> to, List<Image> images) {
    String dir = "charms/" + plan.name();
    String charm = "./" + dir + (options.charmRef() == BundleOptions.CharmRef.FILE ? "/" + packedFile.apply(plan) : "");
    Map<String, String> resources = new TreeMap<>();
    if (kubernetes) {
      String image = plan.image() != null ? plan.image() : project.name() + "-" + s.name();
      resources.put(plan.imageResource(), image);
      if (plan.isBuilt()) {
        images.add(new Image(s.name(), image, plan.build().context()));
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ConfigOption o : plan.options()) {
      if (o.source() == ConfigOption.Source.ENVIRONMENT && !o.isSecret() && o.hasDefault()) {
        values.put(o.name(), o.defaultValue());
      }
    }
    Map<String, String> storage = new TreeMap<>();
    for (StoragePlan st : plan.storage()) {
      storage.put(st.name(), storageSize(st));
    }
    return new Application(plan.baseName(), s.name(), charm, dir, null, null, plan.scale(), resources, values,
        constraints, storage, plan.ports().stream().anyMatch(PortPlan::isPublished), false, to);
  }

  private String storageSize(StoragePlan st) {
    if (st.volume() != null) {
      Volume v = project.volume(st.volume()).orElse(null);
      String size = v == null ? null : v.driverOptions().get("size");
      if (size != null && SIZE.matcher(size.toUpperCase(Locale.ROOT)).matches()) {
        return size.toUpperCase(Locale.ROOT);
      }
    }
    return DEFAULT_STORAGE_SIZE;
  }

  private Application charmhub(Service s, CharmhubApp app, String constraints, List<String> to) {
    String path = "services." + s.name();
    List<String> dropped = new ArrayList<>();
    s.environment().forEach(e -> dropped.add(e.name()));
    if (!dropped.isEmpty()) {
      diagnostics.notice("bundle.unmapped", "service " + s.name() + " is deployed from the Charmhub charm "
          + app.charm() + ", which configures itself and makes users for the charms related to it: its environment"
          + " (" + String.join(", ", dropped) + ") is not carried over", s.location(), path + ".environment");
    }
    if (!s.mounts().isEmpty()) {
      diagnostics.notice("bundle.unmapped", "service " + s.name() + " is deployed from the Charmhub charm "
          + app.charm() + ", which keeps its data in its own storage: the volumes of the service are not used",
          s.location(), path + ".volumes");
    }
    if (!s.secrets().isEmpty()) {
      diagnostics.notice("bundle.unmapped", "service " + s.name() + " is deployed from the Charmhub charm "
          + app.charm() + ", which makes its own credentials: its secrets are not used", s.location(),
          path + ".secrets");
    }
    // an ingress charm routes traffic to the others; exposing the charm itself would open nothing useful
    boolean published = !s.publishedPorts().isEmpty()
        && app.row().protocol() != dev.gen.target.charm.charmhub.Protocol.INGRESS;
    return new Application(app.appName(), s.name(), app.charm(), null, app.channel(),
        options.flavour() == CharmFlavour.MACHINE ? app.base() : null, app.scale(), Map.of(), Map.of(),
        constraints, Map.of(), published, app.trust(), to);
  }

  /**
   * The Juju secrets behind the secret options: one per compose secret (shared by the services that mount it), and
   * one per secret variable, shared by the variables compose gives the same value (such as a database password
   * given to the database and to its client). Values are compared here and never written anywhere.
   */
  private List<Secret> secrets() {
    Map<String, SecretBuilder> byKey = new LinkedHashMap<>();
    for (CharmPlan plan : plans.all()) {
      Service s = project.service(plan.service()).orElseThrow();
      for (ConfigOption o : plan.options()) {
        if (!o.isSecret()) {
          continue;
        }
        if (o.source() == ConfigOption.Source.SECRET_FILE) {
          SecretFilePlan file = plan.secretFiles().stream().filter(f -> f.option().equals(o.name())).findFirst()
              .orElseThrow();
          SecretDefinition def = project.secret(file.secret()).orElse(null);
          // a compose secret read from a variable keeps that variable; the others get one of their own
          String variable = def != null && def.kind() == SecretDefinition.Kind.ENVIRONMENT ? def.reference()
              : "SECRET_" + file.secret().toUpperCase(Locale.ROOT);
          byKey.computeIfAbsent("file:" + file.secret(), k -> new SecretBuilder(
              CharmNames.safeName(file.secret(), CharmNames.MAX_CHARM_NAME), variable,
              "compose secret " + file.secret(), origin(file.secret(), def)))
              .grants.add(new Grant(plan.baseName(), o.name()));
        } else {
          EnvVar env = s.env(o.envVar()).orElseThrow();
          String key = env.value() != null && !env.value().isEmpty()
              ? "value:" + env.value() : "variable:" + plan.service() + ":" + env.name();
          SecretBuilder b = byKey.computeIfAbsent(key, k -> new SecretBuilder(
              CharmNames.safeName(plan.baseName() + "-" + o.name(), CharmNames.MAX_CHARM_NAME), env.name(),
              env.name() + " of service " + plan.service(), null));
          b.grants.add(new Grant(plan.baseName(), o.name()));
          b.variables.add(env.name() + " of service " + plan.service());
        }
      }
    }
    List<Secret> secrets = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> variables = new HashSet<>();
    List<SecretBuilder> builders = new ArrayList<>(byKey.values());
    builders.sort(Comparator.comparing((SecretBuilder b) -> b.name));
    for (SecretBuilder b : builders) {
      String name = unique(b.name, names, "-");
      String variable = unique(shellName(b.variable), variables, "_");
      List<Grant> grants = new ArrayList<>(b.grants);
      grants.sort(Comparator.comparing(Grant::application).thenComparing(Grant::option));
      String origin = b.origin != null ? b.origin : String.join(", ", b.variables)
          + (b.variables.size() > 1 ? " (compose gives them the same value)" : "");
      secrets.add(new Secret(name, variable, b.description, origin, grants));
    }
    secrets.sort(Comparator.comparing(Secret::name));
    return secrets;
  }

  private static String origin(String secret, SecretDefinition def) {
    if (def == null) {
      return "compose secret " + secret;
    }
    return switch (def.kind()) {
      case FILE -> "compose secret " + secret + ", read from the file " + def.reference();
      case ENVIRONMENT -> "compose secret " + secret + ", read from the variable " + def.reference();
      case CONTENT -> "compose secret " + secret + " (inline content)";
      case EXTERNAL -> "compose secret " + secret + " (external)";
    };
  }

  private static String shellName(String name) {
    if (SHELL_NAME.matcher(name).matches()) {
      return name;
    }
    String cleaned = name.replaceAll("[^A-Za-z0-9_]", "_");
    return SHELL_NAME.matcher(cleaned).matches() ? cleaned : "_" + cleaned;
  }

  private static String unique(String name, Set<String> taken, String separator) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + separator + n;
    }
    return candidate;
  }

  private static final class SecretBuilder {
    final String name;
    final String variable;
    final String description;
    final String origin;
    final List<Grant> grants = new ArrayList<>();
    /** The variables whose value the secret holds (none for a compose secret). */
    final List<String> variables = new ArrayList<>();

    SecretBuilder(String name, String variable, String description, String origin) {
      this.name = name;
      this.variable = variable;
      this.description = description;
      this.origin = origin;
    }
  }
}
