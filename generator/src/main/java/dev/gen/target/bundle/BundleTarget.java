package dev.gen.target.bundle;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.Severity;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.Target;
import dev.gen.target.bundle.verify.BundleVerifier;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlanner;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmTarget;
import dev.gen.target.charm.CharmcraftView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bundle target: the whole project as one Juju model. It writes {@code bundle.yaml}, the charms it references
 * below {@code charms/} (exactly what the charm target writes), {@code deploy.sh} and a README, and checks the
 * bundle against Juju's own verification rules ({@link BundleVerifier}) with those charms before returning it.
 */
public final class BundleTarget implements Target<BundleOptions> {

  static final String CHARMS = "charms";
  private static final String DIR = "bundle/";

  private final TemplateEngine engine;
  private final CharmTarget charms;

  public BundleTarget(TemplateEngine engine) {
    this(engine, new CharmTarget(engine));
  }

  /** A target that writes its charms with the given charm target (the machine flavour plugs in there). */
  public BundleTarget(TemplateEngine engine, CharmTarget charms) {
    this.engine = engine;
    this.charms = charms;
  }

  @Override
  public String name() {
    return "bundle";
  }

  /** Compiles what writing the charms needs on another thread, while the project loads (see CharmTarget). */
  public void warmUpInBackground(CharmFlavour flavour) {
    charms.warmUpInBackground(flavour);
  }

  @Override
  public FileTree generate(Project project, BundleOptions options, Diagnostics diagnostics) {
    if (!charms.supports(options.flavour())) {
      throw GenException.usage("the " + options.flavour().id() + " flavour is not available in this build of gen");
    }
    Diagnostics planning = new Diagnostics();
    CharmPlans plans = CharmPlanner.plan(project, options.charmOptions(), planning);
    FileTree charmTree = charms.render(plans, project, planning);
    FileTree out = new FileTree();
    out.addAll(CHARMS, charmTree);
    // each charm's charmcraft.yaml is parsed once, for the packed file names and for the bundle rules
    GeneratedCharms generated = new GeneratedCharms(out, options.flavour());
    Diagnostics bundleNotes = new Diagnostics();
    BundlePlanner.Result result = new BundlePlanner(project, plans, options,
        plan -> packedFile(generated, plan), bundleNotes).plan();
    for (Diagnostic d : planning.all()) {
      if (!superseded(d, result.expressed())) {
        diagnostics.add(d);
      }
    }
    diagnostics.addAll(bundleNotes);
    BundlePlan plan = result.plan();
    boolean usesUv = CharmcraftView.usesUv(plans.options());
    String bundleYaml = engine.render(DIR + "bundle.yaml.mustache", BundleView.of(plan));
    out.add("bundle.yaml", bundleYaml);
    out.addExecutable("deploy.sh", engine.render(DIR + "deploy.sh.mustache", DeployView.of(plan, options, usesUv)));
    out.add("README.md", engine.render(DIR + "README.md.mustache",
        ReadmeView.of(plan, options, usesUv, notes(bundleNotes, planning, result.expressed()))));
    List<Diagnostic> problems = BundleVerifier.verify(bundleYaml, "bundle.yaml", generated);
    if (!problems.isEmpty()) {
      throw new GenException(problems, GenException.EXIT_INPUT);
    }
    return out;
  }

  /** The file {@code charmcraft pack} writes for a generated charm: the first platform of its charmcraft.yaml. */
  private static String packedFile(GeneratedCharms charms, CharmPlan plan) {
    List<String> names = charms.packedFileNames(CHARMS + "/" + plan.name());
    if (names.isEmpty()) {
      throw GenException.usage("the charm " + plan.name() + " has no charmcraft.yaml with platforms to pack");
    }
    return names.get(0);
  }

  /** A charm warning the bundle makes untrue: something the charm could not carry but the bundle does. */
  private static boolean superseded(Diagnostic d, Set<String> expressed) {
    return d.code().equals("charm.unmapped") && expressed.contains(d.keyPath());
  }

  /** The warnings for the README: the bundle's own and the charms' (notices stay out). */
  private static List<Diagnostic> notes(Diagnostics bundle, Diagnostics charm, Set<String> expressed) {
    List<Diagnostic> notes = new ArrayList<>();
    for (Diagnostic d : charm.all()) {
      if (d.severity() == Severity.WARNING && !superseded(d, expressed)) {
        notes.add(d);
      }
    }
    notes.addAll(bundle.withSeverity(Severity.WARNING));
    notes.sort(Diagnostic.ORDER);
    return notes;
  }
}
