package dev.gen.target.blueprint;

import dev.gen.render.Language;
import dev.gen.render.TemplateEngine;
import java.util.List;

/** Renders the VM style's shell scripts from {@code templates/blueprint/vm/}. */
final class VmScripts {

  private final TemplateEngine engine;

  VmScripts(TemplateEngine engine) {
    this.engine = engine;
  }

  record InstallView(boolean build, boolean inlineDockerfile, List<String> buildArgs, boolean pullIfMissing,
      boolean pullAlways) {}

  /** A secret written to {@code $RUN_DIR/secrets/<file>} with an octal {@code mode}. */
  record SecretFile(String variable, String file, String mode) {}

  record LaunchView(boolean hasSecrets, List<SecretFile> secretFiles, List<String> runArgs) {}

  record CheckView(String runningFormat, boolean hasHealthcheck, String healthcheck) {}

  record StopView(String stopOptions) {}

  Script install(InstallView view) {
    return render("blueprint/vm/install.sh.mustache", view);
  }

  Script launch(LaunchView view) {
    return render("blueprint/vm/launch.sh.mustache", view);
  }

  Script checkRunning(CheckView view) {
    return render("blueprint/vm/check-running.sh.mustache", view);
  }

  Script stop(StopView view) {
    return render("blueprint/vm/stop.sh.mustache", view);
  }

  private Script render(String template, Object view) {
    return new Script(engine.render(template, Language.SHELL, view));
  }
}
