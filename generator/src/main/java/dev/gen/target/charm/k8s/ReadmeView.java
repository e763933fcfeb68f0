package dev.gen.target.charm.k8s;

import dev.gen.diag.Diagnostic;
import dev.gen.target.charm.ActionPlan;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmcraftView;
import dev.gen.target.charm.CheckPlan;
import dev.gen.target.charm.GoDurations;
import dev.gen.target.charm.ReadmeParts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a Kubernetes charm's {@code README.md} says; what both flavours say the same way comes from
 * {@link ReadmeParts}. Text goes through the template's Markdown escaping; the command lines inside code blocks are
 * made here and there ({@link ReadmeParts#codeWord}), shell-quoted, with a placeholder for any value that would not
 * stay on its line.
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
    List<ReadmeParts.OptionRow> options,
    boolean hasRelationEnv,
    List<ReadmeParts.Row> relationEnv,
    boolean hasEndpoints,
    List<ReadmeParts.EndpointRow> endpoints,
    boolean hasStorage,
    List<ReadmeParts.Row> storage,
    List<ActionPlan> actions,
    boolean hasSecrets,
    List<String> secretCommands,
    List<String> buildCommands,
    List<String> deployCommands,
    boolean usesUv,
    boolean hasNotes,
    List<String> notes) {

  record Row(String name, String value) {}

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

    List<ReadmeParts.OptionRow> optionRows = ReadmeParts.options(plan);
    List<ReadmeParts.Row> relationEnv = ReadmeParts.relationEnv(plan);
    List<ReadmeParts.EndpointRow> endpoints = ReadmeParts.endpoints(plan, plans);
    List<ReadmeParts.Row> storage = ReadmeParts.storage(plan);
    List<String> secretCommands = ReadmeParts.secretCommands(plan);
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
    deploy.addAll(ReadmeParts.integrateCommands(plan, plans));
    List<String> noteLines = ReadmeParts.notes(notes);
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

  private static String shellLine(List<String> argv) {
    return ReadmeParts.shellLine(argv);
  }

  static String codeWord(String value, String placeholder) {
    return ReadmeParts.codeWord(value, placeholder);
  }
}
