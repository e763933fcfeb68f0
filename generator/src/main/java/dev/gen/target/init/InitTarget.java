package dev.gen.target.init;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.Escapers;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.Target;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmTarget;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code gen init}: a charm project for one service, for a charm author without a compose file. It is the charm
 * {@link CharmTarget} writes for that service (its tests included), at the root of the output, plus what a
 * project of its own needs: {@code CONTRIBUTING.md} (how to test, pack, deploy and regenerate it), lint
 * configuration ({@code .shellcheckrc} for the shell of a machine charm; the Kubernetes charm's
 * {@code pyproject.toml} already configures ruff) and a {@code .gitignore} where the charm has none. Templates:
 * {@code templates/init/}.
 */
public final class InitTarget implements Target<InitOptions> {

  static final String DIR = "init/";

  private final TemplateEngine engine;
  private final CharmTarget charms;

  public InitTarget(TemplateEngine engine) {
    this(engine, new CharmTarget(engine));
  }

  /** With the charm target to use (the flavours it has). */
  public InitTarget(TemplateEngine engine, CharmTarget charms) {
    this.engine = engine;
    this.charms = charms;
  }

  @Override
  public String name() {
    return "init";
  }

  /** @throws IllegalArgumentException when the project does not have exactly one service */
  @Override
  public FileTree generate(Project project, InitOptions options, Diagnostics diagnostics) {
    if (project.services().size() != 1) {
      throw new IllegalArgumentException("gen init writes one charm, not " + project.services().size());
    }
    FileTree written = charms.generate(project, options.charm(), diagnostics);
    Map<String, List<FileTree.GeneratedFile>> byCharm = written.files().values().stream()
        .collect(Collectors.groupingBy(f -> f.path().substring(0, f.path().indexOf('/'))));
    if (byCharm.size() != 1) {
      throw new IllegalStateException("expected one charm, got " + byCharm.keySet());
    }
    String charm = byCharm.keySet().iterator().next();
    FileTree out = new FileTree();
    for (FileTree.GeneratedFile f : byCharm.get(charm)) {
      out.add(f.path().substring(charm.length() + 1), f.content(), f.executable());
    }
    boolean machine = options.charm().flavour() == CharmFlavour.MACHINE;
    out.add("CONTRIBUTING.md", engine.render(DIR + "CONTRIBUTING.md.mustache",
        new ContributingView(charm, machine, options.source(), fence(options.regenerate()),
            command(options.regenerate()))));
    if (machine) {
      out.add(".shellcheckrc", engine.render(DIR + "shellcheckrc.mustache", Map.of()));
    }
    if (out.get(".gitignore") == null) {
      out.add(".gitignore", engine.render(DIR + "gitignore.mustache", Map.of()));
    }
    return out;
  }

  /**
   * The view of {@code CONTRIBUTING.md}.
   *
   * @param fence a Markdown code fence longer than any run of backticks in the command, so that nothing in it can
   *     end the block
   * @param regenerate the command, each word quoted for the shell
   */
  public record ContributingView(String charm, boolean machine, String source, String fence, String regenerate) {
    public boolean k8s() {
      return !machine;
    }
  }

  static String command(List<String> words) {
    return words.stream().map(Escapers::shellWord).collect(Collectors.joining(" "));
  }

  static String fence(List<String> words) {
    int longest = 0;
    int run = 0;
    for (char c : command(words).toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }
}
