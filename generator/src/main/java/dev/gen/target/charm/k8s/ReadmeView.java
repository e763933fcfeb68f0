package dev.gen.target.charm.k8s;

import dev.gen.diag.Diagnostic;
import dev.gen.render.Escapers;
import dev.gen.target.charm.ActionPlan;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmcraftView;
import dev.gen.target.charm.CheckPlan;
import dev.gen.target.charm.ConfigOption;
import dev.gen.target.charm.Endpoint;
import dev.gen.target.charm.GoDurations;
import dev.gen.target.charm.RelationPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a Kubernetes charm's {@code README.md} says. Text goes through the template's Markdown escaping; the
 * command lines inside code blocks are made here ({@link #codeWord}), shell-quoted, with a placeholder for any
 * value that would not stay on its line.
 */
record ReadmeView(
    String title,
    String summary,
    boolean showDescription,
    String description,
    String service,
    String project,
    String charm,
    String container,
    String resource,
    List<String> image,
    List<String> buildContext,
    String commandLine,
    List<String> commandNote,
    List<Row> facts,
    boolean hasOptions,
    List<OptionRow> options,
    boolean hasRelationEnv,
    List<Row> relationEnv,
    boolean hasEndpoints,
    List<EndpointRow> endpoints,
    boolean hasStorage,
    List<Row> storage,
    List<ActionPlan> actions,
    boolean hasSecrets,
    List<String> secretCommands,
    List<String> buildCommands,
    List<String> deployCommands,
    boolean usesUv,
    boolean hasNotes,
    List<String> notes) {

  record Row(String name, String value) {}

  record OptionRow(String name, String type, String defaultText, String description) {}

  record EndpointRow(String name, String role, String interfaceName, String what) {
    public String getInterface() {
      return interfaceName;
    }
  }

  /** Characters that would end a line inside a code block, or are invisible there. */
  private static final Pattern NOT_ON_ONE_LINE = Pattern.compile("[\\x00-\\x1f\\x7f\\u0085\\u2028\\u2029]");

  static ReadmeView of(
      CharmPlan plan, CharmPlans plans, CharmOptions options, String project, List<Diagnostic> notes) {
    List<Row> facts = new ArrayList<>();
    facts.add(new Row("Image", plan.image() != null ? plan.image() : "built from " + plan.build().context()));
    facts.add(new Row("Command", plan.command().isKnown() ? shellLine(plan.command().argv()) : "unknown"));
    if (plan.workingDir() != null) {
      facts.add(new Row("Working directory", plan.workingDir()));
    }
    if (plan.user() != null) {
      facts.add(new Row("User", plan.user() + (plan.group() != null ? ":" + plan.group() : "")));
    }
    if (!plan.ports().isEmpty()) {
      facts.add(new Row("Ports", plan.ports().stream()
          .map(p -> p.port() + "/" + p.protocol() + (p.isPublished() ? " (published as " + p.published() + ")" : ""))
          .collect(Collectors.joining(", "))));
    }
    if (plan.check() != null) {
      CheckPlan c = plan.check();
      facts.add(new Row("Health check", (c.kind() == CheckPlan.Kind.HTTP ? "HTTP GET " + c.url()
          : shellLine(c.command())) + ", every " + GoDurations.format(c.period()) + ", down after "
          + c.threshold() + " failures"));
    }
    facts.add(new Row("When it exits", "on success: " + plan.restart().onSuccess() + ", on failure: "
        + plan.restart().onFailure()));
    facts.add(new Row("Units", String.valueOf(plan.scale())));
    addFact(facts, "Licence", plan.branding().licenses());
    addFact(facts, "Vendor", plan.branding().vendor());
    addFact(facts, "Authors", plan.branding().authors());
    addFact(facts, "Version", plan.branding().version());

    List<OptionRow> optionRows = plan.options().stream()
        .map(o -> new OptionRow(o.name(), o.type().yamlName(), defaultText(o), o.description()))
        .toList();
    List<Row> relationEnv = plan.relationEnv().stream()
        .map(r -> new Row(r.envVar(), (r.value().isEmpty() ? "" : r.value() + " ")
            + "(from relation " + String.join(", ", r.endpoints()) + ")"))
        .toList();
    List<EndpointRow> endpoints = new ArrayList<>();
    for (Endpoint e : plan.endpoints()) {
      endpoints.add(new EndpointRow(e.name(), e.role().name().toLowerCase(java.util.Locale.ROOT),
          e.interfaceName(), endpointText(e, plan, plans)));
    }
    List<Row> storage = plan.storage().stream()
        .map(s -> new Row(s.name(), s.location() + (s.readOnly() ? " (read-only)" : "") + ": " + s.description()))
        .toList();
    List<String> secretCommands = new ArrayList<>();
    for (ConfigOption o : plan.options()) {
      if (o.isSecret()) {
        secretCommands.add("juju add-secret " + o.name() + " value=...   # prints the secret's URI");
        secretCommands.add("juju grant-secret " + o.name() + " " + plan.name());
        secretCommands.add("juju config " + plan.name() + " " + o.name() + "=secret:...");
      }
    }
    String imageWord = plan.image() != null ? codeWord(plan.image(), "IMAGE") : "REGISTRY/" + plan.baseName()
        + ":TAG";
    List<String> buildCommands = new ArrayList<>();
    if (plan.isBuilt()) {
      String context = codeWord(plan.build().context(), "CONTEXT");
      buildCommands.add("docker build --tag " + imageWord + " " + context);
      buildCommands.add("docker push " + imageWord);
    }
    List<String> deploy = new ArrayList<>();
    if (CharmcraftView.usesUv(options)) {
      deploy.add("uv lock");
    }
    deploy.add("charmcraft pack");
    StringBuilder d = new StringBuilder("juju deploy ./" + plan.name() + "_amd64.charm --resource "
        + plan.imageResource() + "=" + imageWord);
    if (plan.scale() > 1) {
      d.append(" -n ").append(plan.scale());
    }
    for (String c : plan.constraints()) {
      d.append(" --constraints ").append(c);
    }
    deploy.add(d.toString());
    for (RelationPlan r : plans.relationsOf(plan.service())) {
      plans.charmhubApp(r.provider()).ifPresent(app -> deploy.add("juju deploy " + app.charm() + " --channel "
          + codeWord(app.channel(), "CHANNEL") + (app.trust() ? " --trust" : "")));
      deploy.add("juju integrate " + plans.charmName(r.consumer()) + ":" + r.consumerEndpoint() + " "
          + plans.charmName(r.provider()) + ":" + r.providerEndpoint());
    }
    List<String> noteLines = notes.stream().map(n -> n.message() + " (" + n.keyPath() + ")").toList();
    return new ReadmeView(
        plan.title(), plan.summary(), !plan.description().equals(plan.summary()), plan.description(),
        plan.service(), project, plan.name(), plan.baseName(),
        plan.imageResource(), WorkloadView.opt(plan.image()),
        WorkloadView.opt(plan.isBuilt() ? plan.build().context() : null),
        plan.command().isKnown() ? shellLine(plan.command().argv()) : "",
        plan.command().note().isEmpty() ? List.of() : List.of(plan.command().note()),
        facts,
        !optionRows.isEmpty(), optionRows,
        !relationEnv.isEmpty(), relationEnv,
        !endpoints.isEmpty(), endpoints,
        !storage.isEmpty(), storage,
        plan.actions(),
        !secretCommands.isEmpty(), secretCommands,
        buildCommands, deploy,
        CharmcraftView.usesUv(options),
        !noteLines.isEmpty(), noteLines);
  }

  private static void addFact(List<Row> facts, String name, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Row(name, value));
    }
  }

  private static String defaultText(ConfigOption o) {
    if (o.defaultValue() == null) {
      return o.required() ? "(required)" : "(unset)";
    }
    if (o.defaultValue() instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return o.defaultValue().toString();
  }

  private static String endpointText(Endpoint e, CharmPlan plan, CharmPlans plans) {
    return switch (e.role()) {
      case REQUIRES -> requiresText(e, plan, plans);
      case PROVIDES -> "publishes this workload's address and ports to the charms that depend on it";
      case PEERS -> "the units of this application (compose ran " + plan.scale() + " replicas)";
    };
  }

  private static String requiresText(Endpoint e, CharmPlan plan, CharmPlans plans) {
    String provider = plans.charmName(e.service()) + " (compose service " + e.service() + ")";
    String what = plan.client(e.name()).map(c -> switch (c.protocol()) {
      case DATA_PLATFORM -> "the endpoint, user and " + c.resourceKey() + " that the Charmhub charm " + provider
          + " makes for this charm";
      case RABBITMQ -> "the host and the password of the user this charm asks the Charmhub charm " + provider
          + " for";
      case UNIT_ADDRESS -> "the address of the Charmhub charm " + provider;
      case INGRESS -> "ingress from the Charmhub charm " + provider + ", which compose ran as a reverse proxy";
      case NONE -> "the Charmhub charm " + provider;
    }).orElse("the address of " + provider);
    return what + (e.optional() ? "; optional" : "; the workload waits for it");
  }

  private static String shellLine(List<String> argv) {
    return argv.stream().map(Escapers::shellWord).collect(Collectors.joining(" "));
  }

  /** A shell word for a code block, or the placeholder when the value would not stay on its line. */
  static String codeWord(String value, String placeholder) {
    if (value.isEmpty() || NOT_ON_ONE_LINE.matcher(value).find()) {
      return placeholder;
    }
    return Escapers.shellWord(value);
  }
}
