package dev.gen.target.charm.machine;

import dev.gen.diag.GenException;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import dev.gen.target.charm.BuildPlan;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.ClientPlan;
import dev.gen.target.charm.ConfigOption;
import dev.gen.target.charm.FlavourOptions;
import dev.gen.target.charm.PortPlan;
import dev.gen.target.charm.RelationEnv;
import dev.gen.target.charm.SecretFilePlan;
import dev.gen.target.charm.StoragePlan;
import dev.gen.target.charm.ValuePart;
import dev.gen.target.charm.machine.EnvPart.FromRelation;
import dev.gen.target.charm.machine.MachineCharmView.EnvEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Makes the {@link MachineCharmView} of a charm plan. The plan is the one source of what both flavours share:
 * option names and types, the values rebuilt from relations (and the Charmhub clients), ports, storage, secret
 * files, endpoints, the restart's stop timeout. The service model gives only what the plan has in Pebble's terms,
 * which a container runtime expresses as compose does ({@link MachineFacts}): the entrypoint and command (the
 * runtime keeps the image's, Pebble cannot), the health check, the restart and pull policies, the engine options,
 * the labels and an inline Dockerfile.
 */
public final class MachineCharmViews {

  private MachineCharmViews() {}

  /** The view of {@code plan}, the charm of {@code project}'s service of the same name. */
  public static MachineCharmView of(CharmPlan plan, Project project) {
    Service s = project.service(plan.service()).orElseThrow(
        () -> GenException.usage("the plan's service " + plan.service() + " is not in the project"));
    MachineCharmView.Builder b = MachineCharmView.builder(plan.name(), plan.service()).location(s.location());
    if (plan.isBuilt()) {
      b.build(build(plan, s));
    } else if (plan.image() != null) {
      b.pull(plan.image(), MachineFacts.pullPolicy(s.options().pullPolicy()));
    } else {
      throw GenException.at(s.location(), "services." + s.name(), "charm.machine.invalid",
          "the service has neither an image nor a build");
    }
    b.entrypoint(s.entrypoint()).command(s.command());
    environment(plan).forEach(b::env);
    plan.options().stream().filter(ConfigOption::required).map(ConfigOption::name).forEach(b::requiredOption);
    for (PortPlan p : plan.ports()) {
      b.port(new MachineCharmView.Port(p.port(), p.published(), p.hostIp(), p.protocol()));
    }
    for (StoragePlan st : plan.storage()) {
      b.storage(new MachineCharmView.Storage(st.name(), st.location(), st.readOnly(), null));
    }
    for (SecretFilePlan f : plan.secretFiles()) {
      b.secretFile(new MachineCharmView.SecretFile(f.option(), "value", f.path(),
          String.format(Locale.ROOT, "%04o", f.mode()), owner(f.uid(), f.gid()), null));
    }
    // a Dockerfile has no restart policy: its service runs until the charm stops it
    b.restart(project.source() == SourceKind.DOCKERFILES ? "unless-stopped" : MachineFacts.restart(s.restart()));
    b.health(MachineFacts.health(s.healthcheck()));
    b.user(user(plan)).workingDir(plan.workingDir());
    s.labels().forEach(b::label);
    b.runOptions(MachineFacts.runOptions(s));
    b.stopTimeoutSeconds(MachineFacts.stopTimeoutSeconds(plan.restart().killDelay()));
    plan.provides().forEach(e -> b.endpoint(new MachineCharmView.Endpoint(e.name(),
        MachineCharmView.Endpoint.Role.PROVIDES, false)));
    plan.requires().forEach(e -> b.endpoint(new MachineCharmView.Endpoint(e.name(),
        MachineCharmView.Endpoint.Role.REQUIRES, !e.optional())));
    for (ClientPlan c : plan.clients()) {
      b.client(new MachineCharmView.Client(c.endpoint(), c.protocol(), c.providerCharm(), c.resourceKey(),
          c.hostKey(), c.port(), c.request()));
    }
    return b.build();
  }

  /** One variable per option that sets one and per value rebuilt from relations, sorted by name. */
  static List<EnvEntry> environment(CharmPlan plan) {
    List<EnvEntry> env = new ArrayList<>();
    for (ConfigOption o : plan.options()) {
      if (o.envVar() == null) {
        continue;
      }
      EnvPart part = switch (o.type()) {
        case SECRET -> new EnvPart.FromSecret(o.name(), "value");
        case STRING -> new EnvPart.FromOption(o.name(), EnvPart.OptionType.STRING);
        case INT -> new EnvPart.FromOption(o.name(), EnvPart.OptionType.INT);
        case FLOAT -> new EnvPart.FromOption(o.name(), EnvPart.OptionType.FLOAT);
        case BOOLEAN -> new EnvPart.FromOption(o.name(), EnvPart.OptionType.BOOLEAN);
      };
      env.add(new EnvEntry(o.envVar(), List.of(part), null));
    }
    for (RelationEnv r : plan.relationEnv()) {
      List<EnvPart> parts = r.parts().stream().map(MachineCharmViews::part).toList();
      env.add(new EnvEntry(r.envVar(), parts.isEmpty() ? List.of(new EnvPart.Text("")) : parts, null));
    }
    env.sort(Comparator.comparing(EnvEntry::name));
    return env;
  }

  private static EnvPart part(ValuePart p) {
    return p.kind() == ValuePart.Kind.TEXT ? new EnvPart.Text(p.text())
        : new FromRelation(p.kind(), p.endpoint(), p.text());
  }

  /**
   * How the unit builds the image: from the {@code repository} and {@code git-ref} options' defaults, with the
   * context as a path inside the repository (the sub-directory of a git context, else the compose context, which
   * is relative to the project: gen takes the project's directory for the repository's root).
   */
  private static MachineCharmView.Build build(CharmPlan plan, Service s) {
    BuildPlan bp = plan.build();
    String repository = defaultOf(plan, FlavourOptions.REPOSITORY);
    String gitRef = defaultOf(plan, FlavourOptions.GIT_REF);
    String context = s.build().isRemote() ? gitSubdirectory(bp.context()) : bp.context();
    return new MachineCharmView.Build(repository, gitRef, context, bp.dockerfile(), s.build().dockerfileInline(),
        bp.target(), bp.args());
  }

  /** The sub-directory of a git context ({@code https://host/repo.git#ref:dir}), or {@code .}. */
  static String gitSubdirectory(String context) {
    int hash = context.indexOf('#');
    int colon = hash < 0 ? -1 : context.indexOf(':', hash);
    String dir = colon < 0 ? "" : context.substring(colon + 1);
    return dir.isEmpty() ? "." : dir;
  }

  private static String defaultOf(CharmPlan plan, String option) {
    return plan.option(option).map(o -> o.defaultValue() == null ? "" : o.defaultValue().toString()).orElse("");
  }

  private static String user(CharmPlan plan) {
    if (plan.user() == null) {
      return plan.group() == null ? "" : ":" + plan.group();
    }
    return plan.group() == null ? plan.user() : plan.user() + ":" + plan.group();
  }

  /** The owner of a secret file: {@code uid}, {@code uid:gid}, {@code :gid}, or empty for root. */
  private static String owner(String uid, String gid) {
    if (uid == null) {
      return gid == null ? "" : ":" + gid;
    }
    return gid == null ? uid : uid + ":" + gid;
  }
}
