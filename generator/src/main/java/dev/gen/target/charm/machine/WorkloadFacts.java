package dev.gen.target.charm.machine;

import dev.gen.target.charm.machine.MachineCharmView.Build;
import dev.gen.target.charm.machine.MachineCharmView.EnvEntry;
import dev.gen.target.charm.machine.MachineCharmView.Health;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code lib/workload.sh.mustache} reads: the view's facts, flattened into single values and lists of words so
 * that the template only ever writes {@code {{value}}} (one quoted shell word) and never decides anything.
 */
public record WorkloadFacts(MachineCharmView view) {

  public String serviceName() {
    return view.serviceName();
  }

  public String optionRuntime() {
    return view.options().runtime();
  }

  public String optionImage() {
    return view.options().image();
  }

  public String optionRepository() {
    return view.options().repository();
  }

  public String optionGitRef() {
    return view.options().gitRef();
  }

  public String source() {
    return view.pull() != null ? "pull" : "build";
  }

  public String image() {
    return view.pull() != null ? view.pull().image() : "";
  }

  public String pullPolicy() {
    return view.pull() != null ? view.pull().policy().word() : MachineCharmView.PullPolicy.MISSING.word();
  }

  private String build(Function<Build, String> field) {
    return view.build() == null ? "" : field.apply(view.build());
  }

  public String buildRepository() {
    return build(Build::repository);
  }

  public String buildGitRef() {
    return build(Build::gitRef);
  }

  public String buildContext() {
    return build(Build::context);
  }

  public String buildDockerfile() {
    return build(Build::dockerfile);
  }

  public String buildDockerfileInline() {
    return build(Build::dockerfileInline);
  }

  public String buildTarget() {
    return build(Build::target);
  }

  public List<String> buildArgs() {
    return view.build() == null ? List.of() : view.build().argWords();
  }

  public boolean entrypointSet() {
    return view.entrypoint() != null;
  }

  public List<String> entrypoint() {
    return view.entrypoint() == null ? List.of() : view.entrypoint();
  }

  public boolean commandSet() {
    return view.command() != null;
  }

  public List<String> command() {
    return view.command() == null ? List.of() : view.command();
  }

  public String user() {
    return view.user();
  }

  public String workingDir() {
    return view.workingDir();
  }

  public String restart() {
    return view.restart();
  }

  public int stopTimeoutSeconds() {
    return view.stopTimeoutSeconds();
  }

  public String replace() {
    return view.replaceStrategy().word();
  }

  public int readyTimeoutSeconds() {
    return view.readyTimeoutSeconds();
  }

  public String health() {
    return view.health() == null ? "none" : view.health().kind().word();
  }

  private String health(Function<Health, String> field) {
    return view.health() == null ? "" : field.apply(view.health());
  }

  public List<String> healthTest() {
    return view.health() == null ? List.of() : view.health().test();
  }

  public String healthInterval() {
    return health(Health::intervalWord);
  }

  public String healthTimeout() {
    return health(Health::timeoutWord);
  }

  public String healthStartPeriod() {
    return health(Health::startPeriodWord);
  }

  public String healthRetries() {
    return health(Health::retriesWord);
  }

  /** {@code key=value} words, sorted by key. */
  public List<String> labels() {
    return view.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  public List<String> runOptions() {
    return view.runOptions();
  }

  public List<MachineCharmView.Port> ports() {
    return view.ports();
  }

  public List<MachineCharmView.Volume> volumes() {
    return view.volumes();
  }

  public List<MachineCharmView.Storage> storage() {
    return view.storage();
  }

  public List<MachineCharmView.SecretFile> secretFiles() {
    return view.secretFiles();
  }

  public List<String> requiredOptions() {
    return view.requiredOptions();
  }

  public List<MachineCharmView.Endpoint> endpoints() {
    return view.endpoints();
  }

  public List<EnvEntry> environment() {
    return view.environment();
  }

  public List<MachineCharmView.Client> clients() {
    return view.clients();
  }

  /** One request field of a client: what its leader writes into the application databag. */
  public record Request(String endpoint, String key, String value) {}

  /** Every client's request fields, by endpoint then key. */
  public List<Request> requests() {
    return view.clients().stream()
        .flatMap(c -> c.request().entrySet().stream().map(e -> new Request(c.endpoint(), e.getKey(), e.getValue())))
        .toList();
  }

  public boolean hasClients() {
    return !view.clients().isEmpty();
  }

  public boolean hasPorts() {
    return !view.ports().isEmpty();
  }

  public boolean hasMounts() {
    return !view.volumes().isEmpty() || !view.storage().isEmpty() || !view.secretFiles().isEmpty();
  }

  public boolean hasEndpoints() {
    return !view.endpoints().isEmpty();
  }

  public boolean hasRequiredOptions() {
    return !view.requiredOptions().isEmpty();
  }

  public boolean hasEnvironment() {
    return !view.environment().isEmpty();
  }
}
