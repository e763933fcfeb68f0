package dev.gen.target.charm.machine;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmPlanner;
import dev.gen.target.charm.CharmPlans;
import dev.gen.testing.ExampleProjects;
import java.util.List;

/**
 * Machine charm views of the services of {@code fixtures/shop/compose.yaml}, made from the charm plan as
 * {@code gen charm --flavour machine} makes them: options named after the variables, one endpoint per related
 * service, a Juju secret option per secret, storage per named volume.
 */
final class ShopViews {

  private ShopViews() {}

  static final CharmOptions MACHINE = new CharmOptions(CharmFlavour.MACHINE, CharmOptions.DEFAULT_BASE, List.of());

  /** The view of one service of a project, from its machine charm plan. */
  static MachineCharmView of(Project project, String service, CharmOptions options) {
    CharmPlans plans = CharmPlanner.plan(project, options, new Diagnostics());
    return MachineCharmViews.of(plans.plan(service), project);
  }

  /** {@code frontend}: built from ./frontend, published on 3000, reads the API's address from relation api. */
  static MachineCharmView frontend() {
    return of(ExampleProjects.shop(), "frontend", MACHINE);
  }

  /**
   * {@code frontend} as if its Dockerfile named no source repository (no {@code org.opencontainers.image.source}
   * label): the repository option then has no default.
   */
  static MachineCharmView frontendWithoutRepository() {
    Project shop = ExampleProjects.shop();
    List<dev.gen.model.Service> services = shop.services().stream()
        .map(s -> s.build() == null ? s : s.toBuilder().build(new dev.gen.model.Build(s.build().context(),
            s.build().dockerfile(), s.build().dockerfileInline(), s.build().target(), s.build().args(), null, null,
            s.build().baseImage(), s.build().location())).build())
        .toList();
    Project withoutRepository = new Project(shop.name(), shop.source(), services, shop.volumes(), shop.networks(),
        shop.secrets(), shop.configs(), shop.hints(), shop.location());
    return of(withoutRepository, "frontend", MACHINE);
  }

  /** {@code api}: pulled, two relations it needs, one it provides, a secret variable and a secret file. */
  static MachineCharmView api() {
    return of(ExampleProjects.shop(), "api", MACHINE);
  }

  /** {@code db}: postgres with its data on Juju storage, a secret file, a shell health check. */
  static MachineCharmView db() {
    return of(ExampleProjects.shop(), "db", MACHINE);
  }
}
