package dev.gen.target.blueprint;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.testing.DeployProjects;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.HostileProjects;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every blueprint and catalog gen's tests generate, for checkers outside this module: the Brooklyn check
 * ({@code brooklyn-check/}) loads this class in an isolated class loader and resolves each file with Brooklyn's
 * own CAMP resolver. Only JDK types cross that boundary.
 */
public final class BlueprintCorpus {

  private BlueprintCorpus() {}

  /**
   * The generated files, by {@code <project>/<style>/<file>}: the example projects and the hostile project, in
   * both styles.
   */
  public static Map<String, String> generate() {
    Map<String, Project> projects = new LinkedHashMap<>(ExampleProjects.all());
    projects.put("hostile", HostileProjects.project());
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Project> p : projects.entrySet()) {
      for (BlueprintStyle style : BlueprintStyle.values()) {
        put(out, p.getKey() + "/" + style.cliName(), generate(p.getValue(), BlueprintOptions.of(style)));
      }
    }
    return out;
  }

  /** The blueprint of one example project, deployable to {@code location} (a location spec). */
  public static String blueprint(String fixture, String style, String location) {
    Project project = switch (fixture) {
      case "hostile" -> HostileProjects.project();
      case "pair" -> DeployProjects.pair();
      default -> ExampleProjects.named(fixture);
    };
    BlueprintOptions options = BlueprintOptions.of(BlueprintStyle.fromName(style)).withLocation(location);
    return generate(project, options).text(project.name() + ".yaml");
  }

  /** The Maven project of Brooklyn Java entities ({@code --java}) of every example project and the hostile one. */
  public static Map<String, String> javaProjects() {
    Map<String, Project> projects = new LinkedHashMap<>(ExampleProjects.all());
    projects.put("hostile", HostileProjects.project());
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Project> p : projects.entrySet()) {
      FileTree tree = new JavaEntities(TemplateEngine.builtIn()).generate(p.getValue(),
          BlueprintOptions.of(BlueprintStyle.VM), new Diagnostics());
      put(out, p.getKey(), tree);
    }
    return out;
  }

  /** The image, db port and db start delay of the deployable pair, and the values app must receive. */
  public static Map<String, String> pairFacts() {
    Map<String, String> facts = new LinkedHashMap<>(DeployProjects.appValues());
    facts.put("image", DeployProjects.IMAGE);
    facts.put("dbPort", String.valueOf(DeployProjects.DB_PORT));
    facts.put("dbReadyAfterSeconds", String.valueOf(DeployProjects.DB_READY_AFTER_SECONDS));
    return facts;
  }

  /** The values the hostile project's containers must receive, by environment variable name. */
  public static Map<String, String> hostileValues() {
    return HostileProjects.values();
  }

  private static FileTree generate(Project project, BlueprintOptions options) {
    return new BlueprintTarget(TemplateEngine.builtIn()).generate(project, options, new Diagnostics());
  }

  private static void put(Map<String, String> out, String prefix, FileTree tree) {
    tree.files().forEach((path, file) -> out.put(prefix + "/" + path, file.text()));
  }
}
