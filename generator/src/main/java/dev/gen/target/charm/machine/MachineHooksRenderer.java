package dev.gen.target.charm.machine;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.render.FileTree;
import dev.gen.render.Language;
import dev.gen.render.TemplateEngine;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders the hooks of one machine charm from its view: the hooks and actions (thin bash scripts, executable), the
 * shell library {@code lib/charm.sh} that holds their logic, and {@code lib/workload.sh}, the service's facts.
 * {@link MachineCharmRenderer} adds {@code charmcraft.yaml} and the README.
 *
 * <p>Every template is rendered as shell, whatever its file name: hooks have no extension, and a value must never
 * reach them unquoted.
 */
public final class MachineHooksRenderer {

  static final String ROOT = "charm/machine/";

  /** The hooks every machine charm has, in the order Juju first runs them. */
  static final List<String> UNIT_HOOKS =
      List.of("install", "config-changed", "start", "upgrade-charm", "update-status", "secret-changed", "stop",
          "remove");

  static final List<String> RELATION_EVENTS = List.of("joined", "changed", "departed", "broken");

  static final List<String> ACTIONS = List.of("restart", "rebuild");

  private final TemplateEngine engine;

  public MachineHooksRenderer(TemplateEngine engine) {
    this.engine = engine;
  }

  /** The files of one charm, relative to the charm's directory. */
  public FileTree render(MachineCharmView view) {
    MachineViewCheck.check(view);
    FileTree tree = new FileTree();
    tree.add("lib/charm.sh", library());
    tree.add("lib/workload.sh", shell("lib/workload.sh.mustache", new WorkloadFacts(view)));
    for (String hook : UNIT_HOOKS) {
      tree.addExecutable("hooks/" + hook, shell("hooks/" + hook + ".mustache", HookView.NONE));
    }
    if (!view.clients().isEmpty()) {
      // a new leader asks the Charmhub charms for what this charm needs
      tree.addExecutable("hooks/leader-elected", shell("hooks/leader-elected.mustache", HookView.NONE));
    }
    for (MachineCharmView.Endpoint endpoint : view.endpoints()) {
      for (String event : RELATION_EVENTS) {
        tree.addExecutable("hooks/" + endpoint.name() + "-relation-" + event,
            shell("hooks/relation.mustache", HookView.relation(endpoint.name(), event)));
      }
    }
    Set<String> storageNames = new LinkedHashSet<>();
    view.storage().forEach(s -> storageNames.add(s.name()));
    for (String storage : storageNames) {
      for (String event : List.of("attached", "detaching")) {
        tree.addExecutable("hooks/" + storage + "-storage-" + event,
            shell("hooks/storage-" + event + ".mustache", HookView.storage(storage)));
      }
    }
    for (String action : ACTIONS) {
      tree.addExecutable("actions/" + action, shell("actions/" + action + ".mustache", HookView.NONE));
    }
    return tree;
  }

  /** Every template of a machine charm, with its language: for compiling them ahead. */
  static List<TemplateEngine.TemplateRef> templates() {
    List<TemplateEngine.TemplateRef> all = new ArrayList<>();
    all.add(TemplateEngine.TemplateRef.byFileName("charm/common/charmcraft.yaml.mustache"));
    all.add(TemplateEngine.TemplateRef.byFileName(ROOT + "README.md.mustache"));
    List<String> shell = new ArrayList<>(List.of("lib/workload.sh.mustache", "hooks/leader-elected.mustache",
        "hooks/relation.mustache", "hooks/storage-attached.mustache", "hooks/storage-detaching.mustache"));
    UNIT_HOOKS.forEach(h -> shell.add("hooks/" + h + ".mustache"));
    ACTIONS.forEach(a -> shell.add("actions/" + a + ".mustache"));
    shell.forEach(t -> all.add(new TemplateEngine.TemplateRef(ROOT + t, Language.SHELL)));
    return all;
  }

  private String shell(String template, Object view) {
    return engine.render(ROOT + template, Language.SHELL, view);
  }

  /** The library is copied as it is (it is no template: it holds Go templates for the runtime's --format). */
  private String library() {
    String name = ROOT + "lib/charm.sh";
    try (Reader reader = engine.locator().open(name)) {
      if (reader == null) {
        throw GenException.at(SourceLocation.of(name), "", "template.not-found", "template not found: " + name);
      }
      StringWriter text = new StringWriter();
      reader.transferTo(text);
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
