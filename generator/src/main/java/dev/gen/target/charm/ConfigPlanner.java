package dev.gen.target.charm;

import dev.gen.diag.Diagnostics;
import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.ResourceRef;
import dev.gen.model.SecretDefinition;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import dev.gen.target.charm.charmhub.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a service's environment and secrets into config options, relation-filled values and secret files.
 *
 * <ul>
 *   <li>Every environment variable becomes one option named in Juju's style, typed by {@link OptionTypes}, with the
 *       compose value as its default.
 *   <li>Secret variables and compose secrets become {@code secret} options without a default: gen never writes a
 *       secret's value anywhere; the charm reads it from a Juju secret at run time.
 *   <li>Values that name other services are not options: the charm rebuilds them from relation data.
 *   <li>Values a Charmhub charm provides (its credentials and database name, {@link ClientBindings}) are not options
 *       either, even secret ones: the relation gives them.
 * </ul>
 */
final class ConfigPlanner {

  /** What a service's configuration became. */
  record Result(
      List<ConfigOption> options, List<RelationEnv> relationEnv, List<SecretFilePlan> secretFiles,
      List<ClientPlan> clients) {}

  private final Project project;
  private final Diagnostics diagnostics;

  ConfigPlanner(Project project, Diagnostics diagnostics) {
    this.project = project;
    this.diagnostics = diagnostics;
  }

  /**
   * @param endpointsByProvider the {@code requires} endpoint of each service this one depends on
   * @param clients the requires endpoints that go to Charmhub charms, with the charm
   * @param appName the charm's application name (the resource name a Charmhub charm is asked for by default)
   */
  Result plan(
      Service service, CharmFlavour flavour, Map<String, String> endpointsByProvider,
      Map<String, CharmhubApp> clients, String appName) {
    ClientBindings bindings = new ClientBindings(project, clients);
    List<ConfigOption> options = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (ConfigOption own : FlavourOptions.of(flavour, service)) {
      options.add(own);
      taken.add(CharmNames.opsForm(own.name()));
    }
    List<RelationEnv> relationEnv = new ArrayList<>();
    for (EnvVar env : service.environment()) {
      String path = "services." + service.name() + ".environment." + env.name();
      boolean credentialsFromRelation = env.secret() && "url-credentials".equals(env.secretReason())
          && env.references().stream().allMatch(r -> r.kind() == ServiceReference.Kind.URL
              && endpointsByProvider.containsKey(r.service())
              && bindings.app(endpointsByProvider.get(r.service()))
                  .map(a -> a.row().provides(Role.USERINFO)).orElse(false));
      if (env.referencesServices() && (!env.secret() || credentialsFromRelation)) {
        RelationEnv rebuilt = relationEnv(env, endpointsByProvider, bindings);
        if (rebuilt != null) {
          relationEnv.add(rebuilt);
          continue;
        }
        diagnostics.warn("charm.unmapped", "environment variable " + env.name() + " names another service, but"
            + " gen cannot rebuild it from relation data; it becomes a plain option", env.location(), path);
      }
      if (!env.referencesServices()) {
        java.util.Optional<ClientBindings.Binding> bound = bindings.standalone(env);
        if (bound.isPresent()) {
          String was = env.secret() || env.value() == null ? "" : env.value();
          relationEnv.add(new RelationEnv(env.name(), was,
              List.of(new ValuePart(bound.get().kind(), was, bound.get().endpoint()))));
          continue;
        }
      }
      if (env.referencesServices() && env.secret()) {
        diagnostics.warn("charm.secret-reference", "environment variable " + env.name() + " names another service"
            + " but holds a secret: it becomes a secret option, and the charm does not rewrite it from relation"
            + " data", env.location(), path);
      }
      String name = CharmNames.unique(CharmNames.optionName(env.name()), taken);
      taken.add(CharmNames.opsForm(name));
      options.add(envOption(env, name));
    }
    List<SecretFilePlan> secretFiles = new ArrayList<>();
    for (ResourceRef ref : service.secrets()) {
      String name = CharmNames.unique(CharmNames.optionName(ref.name()), taken);
      taken.add(CharmNames.opsForm(name));
      String target = ref.target() == null || ref.target().isEmpty() ? ref.name() : ref.target();
      String filePath = target.startsWith("/") ? target : "/run/secrets/" + target;
      secretFiles.add(new SecretFilePlan(ref.name(), name, filePath, ref.mode() == null ? 0444 : ref.mode(),
          ref.uid(), ref.gid()));
      options.add(new ConfigOption(name, OptionType.SECRET, null, secretFileDescription(ref, filePath),
          ConfigOption.Source.SECRET_FILE, null, true));
    }
    options.sort(Comparator.comparing(ConfigOption::name));
    relationEnv.sort(Comparator.comparing(RelationEnv::envVar));
    secretFiles.sort(Comparator.comparing(SecretFilePlan::path));
    List<ClientPlan> clientPlans = new ArrayList<>();
    for (String endpoint : new java.util.TreeSet<>(clients.keySet())) {
      clientPlans.add(bindings.plan(endpoint, appName, relationEnv));
    }
    return new Result(options, relationEnv, secretFiles, clientPlans);
  }

  private static ConfigOption envOption(EnvVar env, String name) {
    if (env.secret()) {
      boolean required = env.value() != null;
      String description = "The Juju secret (secret:...) holding " + env.name() + " in its 'value' key (or its only"
          + " key). Create it with juju add-secret and grant it to the application."
          + (required ? " Required: the workload is not started until it is set." : "");
      return new ConfigOption(name, OptionType.SECRET, null, description, ConfigOption.Source.ENVIRONMENT,
          env.name(), required);
    }
    if (env.value() == null) {
      return new ConfigOption(name, OptionType.STRING, null, "Sets " + env.name() + ". Unset by default: compose"
          + " passed it through from the deployer's environment, and the workload only gets it when it is set.",
          ConfigOption.Source.ENVIRONMENT, env.name(), false);
    }
    OptionTypes.Typed typed = OptionTypes.infer(env.value());
    return new ConfigOption(name, typed.type(), typed.value(), "Sets the environment variable " + env.name() + ".",
        ConfigOption.Source.ENVIRONMENT, env.name(), false);
  }

  private String secretFileDescription(ResourceRef ref, String filePath) {
    String origin = project.secret(ref.name()).map(ConfigPlanner::origin).orElse("");
    return "The Juju secret (secret:...) whose 'value' key (or only key) the charm writes to " + filePath
        + " in the workload: compose's secret " + ref.name() + origin + ". Required: the workload is not started"
        + " until it is set.";
  }

  private static String origin(SecretDefinition secret) {
    return switch (secret.kind()) {
      case FILE -> " (read from the file " + secret.reference() + ")";
      case ENVIRONMENT -> " (read from the environment variable " + secret.reference() + ")";
      case EXTERNAL -> " (an external secret)";
      case CONTENT -> " (inline content)";
    };
  }

  /**
   * The value cut at the service references; null when the references cannot be used (a service without a
   * relation endpoint, or offsets that do not fit the value). A URL that names a Charmhub charm also has its user
   * information (credentials the relation provides; inserted when the URL has none and the charm requires them) and
   * its first path segment (the database the relation provides) cut out. A secret value's user information is left
   * out of the parts' texts.
   */
  private static RelationEnv relationEnv(
      EnvVar env, Map<String, String> endpointsByProvider, ClientBindings bindings) {
    String value = env.value();
    if (value == null) {
      return null;
    }
    List<ServiceReference> refs = new ArrayList<>(env.references());
    refs.sort(Comparator.comparingInt(ServiceReference::hostStart));
    List<ValuePart> parts = new ArrayList<>();
    int at = 0;
    for (ServiceReference ref : refs) {
      String endpoint = endpointsByProvider.get(ref.service());
      if (endpoint == null || ref.hostStart() < at || ref.hostEnd() <= ref.hostStart()
          || ref.hostEnd() > value.length()) {
        return null;
      }
      CharmhubApp app = bindings.app(endpoint).orElse(null);
      int hostStart = ref.hostStart();
      if (app != null && ref.kind() == ServiceReference.Kind.URL && app.row().provides(Role.USERINFO)) {
        int scheme = value.lastIndexOf("://", hostStart);
        int userStart = scheme < 0 ? -1 : scheme + 3;
        if (userStart >= at && userStart <= hostStart
            && (userStart == hostStart || value.charAt(hostStart - 1) == '@')
            && value.substring(userStart, hostStart).indexOf('/') < 0) {
          addText(parts, value.substring(at, userStart));
          String userinfo = value.substring(userStart, hostStart);
          parts.add(new ValuePart(ValuePart.Kind.USERINFO, env.secret() ? "" : userinfo, endpoint));
          at = hostStart;
        }
      }
      addText(parts, value.substring(at, hostStart));
      parts.add(new ValuePart(ValuePart.Kind.HOST, value.substring(hostStart, ref.hostEnd()), endpoint));
      at = ref.hostEnd();
      if (ref.hasPort()) {
        if (ref.portStart() < at || ref.portEnd() <= ref.portStart() || ref.portEnd() > value.length()) {
          return null;
        }
        addText(parts, value.substring(at, ref.portStart()));
        parts.add(new ValuePart(ValuePart.Kind.PORT, value.substring(ref.portStart(), ref.portEnd()), endpoint));
        at = ref.portEnd();
      }
      if (app != null && ref.kind() == ServiceReference.Kind.URL && app.row().provides(Role.DATABASE)
          && at < value.length() && value.charAt(at) == '/') {
        int end = at + 1;
        while (end < value.length() && "/?#".indexOf(value.charAt(end)) < 0) {
          end++;
        }
        if (end > at + 1) {
          addText(parts, "/");
          parts.add(new ValuePart(ValuePart.Kind.DATABASE_PATH, value.substring(at + 1, end), endpoint));
          at = end;
        }
      }
    }
    addText(parts, value.substring(at));
    String shown = parts.stream().map(ValuePart::text).collect(java.util.stream.Collectors.joining());
    return new RelationEnv(env.name(), shown, parts);
  }

  private static void addText(List<ValuePart> parts, String text) {
    if (!text.isEmpty()) {
      parts.add(ValuePart.text(text));
    }
  }
}
