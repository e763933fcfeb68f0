package dev.gen.target.charm.machine;

import dev.gen.diag.Diagnostic;
import dev.gen.target.charm.ActionPlan;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.FlavourOptions;
import dev.gen.target.charm.ReadmeParts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a machine charm's {@code README.md} says: the container the charm runs, in the runtimes' terms (from the
 * view), and what both flavours' READMEs say the same way ({@link ReadmeParts}).
 */
record MachineReadmeView(
    String title,
    String summary,
    boolean showDescription,
    String description,
    String service,
    String project,
    String charm,
    List<ReadmeParts.Row> facts,
    boolean hasOptions,
    List<ReadmeParts.OptionRow> options,
    boolean hasRelationEnv,
    List<ReadmeParts.Row> relationEnv,
    boolean hasSecrets,
    List<String> secretCommands,
    boolean hasEndpoints,
    List<ReadmeParts.EndpointRow> endpoints,
    boolean hasAddressRelations,
    boolean hasClients,
    boolean hasStorage,
    List<ReadmeParts.Row> storage,
    List<ActionPlan> actions,
    boolean built,
    List<String> deployCommands,
    boolean hasNotes,
    List<String> notes) {

  static MachineReadmeView of(
      CharmPlan plan, CharmPlans plans, MachineCharmView view, String project, List<Diagnostic> notes) {
    List<String> deploy = new ArrayList<>();
    deploy.add("charmcraft pack");
    StringBuilder d = new StringBuilder("juju deploy ./" + plan.name() + "_amd64.charm");
    if (plan.scale() > 1) {
      d.append(" -n ").append(plan.scale());
    }
    for (String c : plan.constraints()) {
      d.append(" --constraints ").append(c);
    }
    deploy.add(d.toString());
    if (view.build() != null && view.build().repository().isEmpty()) {
      deploy.add("juju config " + plan.name() + " " + FlavourOptions.REPOSITORY + "=GIT-URL   # the repository to"
          + " build " + ReadmeParts.codeWord(plan.service(), "the service") + " from");
    }
    deploy.addAll(ReadmeParts.integrateCommands(plan, plans));
    if (plan.ports().stream().anyMatch(p -> p.isPublished())) {
      // compose published a port: open it to the outside, as the bundle does
      deploy.add("juju expose " + plan.name());
    }
    List<String> secrets = ReadmeParts.secretCommands(plan);
    List<ReadmeParts.EndpointRow> endpoints = ReadmeParts.endpoints(plan, plans);
    List<ReadmeParts.Row> storage = ReadmeParts.storage(plan);
    List<String> noteLines = ReadmeParts.notes(notes);
    return new MachineReadmeView(
        plan.title(), plan.summary(), !plan.description().equals(plan.summary()), plan.description(),
        plan.service(), project, plan.name(),
        facts(plan, view),
        !plan.options().isEmpty(), ReadmeParts.options(plan),
        !plan.relationEnv().isEmpty(), ReadmeParts.relationEnv(plan),
        !secrets.isEmpty(), secrets,
        !endpoints.isEmpty(), endpoints,
        !plan.provides().isEmpty() || plan.requires().stream().anyMatch(e -> plan.client(e.name()).isEmpty()),
        !view.clients().isEmpty(),
        !storage.isEmpty(), storage,
        plan.actions(),
        view.build() != null,
        deploy,
        !noteLines.isEmpty(), noteLines);
  }

  private static List<ReadmeParts.Row> facts(CharmPlan plan, MachineCharmView view) {
    List<ReadmeParts.Row> facts = new ArrayList<>();
    if (view.pull() != null) {
      facts.add(new ReadmeParts.Row("Image", view.pull().image() + " (option " + FlavourOptions.IMAGE + ")"));
    } else {
      MachineCharmView.Build b = view.build();
      facts.add(new ReadmeParts.Row("Image", "built on the unit from the git repository of option "
          + FlavourOptions.REPOSITORY + (b.repository().isEmpty() ? " (no default: set it)" : " (" + b.repository()
          + ")") + " at " + (b.gitRef().isEmpty() ? "its default branch" : b.gitRef()) + ": context " + b.context()
          + ", " + (b.dockerfileInline().isEmpty() ? "file " + b.dockerfile()
          : "the Dockerfile written in the compose file") + (b.target().isEmpty() ? "" : ", stage " + b.target())
          + (b.args().isEmpty() ? "" : ", build arguments " + String.join(" ", b.argWords()))));
    }
    if (view.entrypoint() != null) {
      facts.add(new ReadmeParts.Row("Entrypoint", view.entrypoint().isEmpty() ? "none (the image's is cleared)"
          : ReadmeParts.shellLine(view.entrypoint())));
    }
    facts.add(new ReadmeParts.Row("Command", view.command() == null ? "the image's"
        : ReadmeParts.shellLine(view.command())));
    if (!view.workingDir().isEmpty()) {
      facts.add(new ReadmeParts.Row("Working directory", view.workingDir()));
    }
    if (!view.user().isEmpty()) {
      facts.add(new ReadmeParts.Row("User", view.user()));
    }
    if (!view.ports().isEmpty()) {
      facts.add(new ReadmeParts.Row("Ports", view.ports().stream()
          .map(p -> p.containerPort() + "/" + p.protocol() + (p.hostPort().isEmpty() ? " (on any free host port)"
              : " (published as " + p.hostPort() + ")") + (p.hostIp().isEmpty() ? "" : " on " + p.hostIp()))
          .collect(Collectors.joining(", "))));
    }
    facts.add(new ReadmeParts.Row("Health check", health(view.health())));
    facts.add(new ReadmeParts.Row("Restart policy", view.restart() + ", stop timeout "
        + view.stopTimeoutSeconds() + "s"));
    if (!view.runOptions().isEmpty()) {
      facts.add(new ReadmeParts.Row("Runtime options", String.join(" ", view.runOptions())));
    }
    facts.add(new ReadmeParts.Row("Units", String.valueOf(plan.scale())));
    addFact(facts, "Licence", plan.branding().licenses());
    addFact(facts, "Vendor", plan.branding().vendor());
    addFact(facts, "Authors", plan.branding().authors());
    addFact(facts, "Version", plan.branding().version());
    return facts;
  }

  private static String health(MachineCharmView.Health h) {
    if (h == null) {
      return "the image's";
    }
    String test = switch (h.kind()) {
      case DISABLED -> "disabled";
      case SHELL -> h.test().get(0);
      case EXEC -> ReadmeParts.shellLine(h.test());
    };
    if (h.kind() == MachineCharmView.Health.Kind.DISABLED) {
      return test;
    }
    List<String> timing = new ArrayList<>();
    if (h.interval() != null) {
      timing.add("every " + h.intervalWord());
    }
    if (h.timeout() != null) {
      timing.add("timeout " + h.timeoutWord());
    }
    if (h.startPeriod() != null) {
      timing.add("start period " + h.startPeriodWord());
    }
    if (h.retries() != null) {
      timing.add("unhealthy after " + h.retries() + " failures");
    }
    return test + (timing.isEmpty() ? "" : ", " + String.join(", ", timing));
  }

  private static void addFact(List<ReadmeParts.Row> facts, String name, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new ReadmeParts.Row(name, value));
    }
  }
}
