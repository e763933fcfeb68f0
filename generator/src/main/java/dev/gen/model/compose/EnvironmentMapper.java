package dev.gen.model.compose;

import dev.gen.model.EnvVar;
import dev.gen.model.ServiceReference;
import dev.gen.model.compose.SecretDetector.Verdict;
import dev.gen.model.compose.ServiceReferenceFinder.HostResolver;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code environment} → {@link EnvVar}s, sorted by name: values as the loader resolved them ({@code env_file}
 * already merged in), null for a variable that is only named (the container takes it from the deployer's
 * environment), each classified as secret or not and searched for mentions of other services.
 */
final class EnvironmentMapper {

  private EnvironmentMapper() {}

  static List<EnvVar> map(YNode node, String path, HostResolver hosts) {
    YMap env = Values.map(node, path);
    if (env == null) {
      return List.of();
    }
    List<EnvVar> vars = new ArrayList<>(env.size());
    for (Map.Entry<String, YNode> e : env.entries()) {
      String name = e.getKey();
      String value = Values.string(e.getValue(), Keys.child(path, name));
      Verdict verdict = SecretDetector.classify(name, value);
      List<ServiceReference> references = ServiceReferenceFinder.find(name, value, hosts);
      vars.add(new EnvVar(name, value, verdict.secret(), verdict.reason(), references, env.keyLocation(name)));
    }
    vars.sort(Comparator.comparing(EnvVar::name));
    return vars;
  }
}
