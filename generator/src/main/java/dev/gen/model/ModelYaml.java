package dev.gen.model;

import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YJson;
import dev.gen.yaml.YamlWriter;

/**
 * The service model as block YAML: the same content as {@link ModelJson} (same names, same order, absent values
 * left out), written by {@link YamlWriter}, which quotes every string another YAML reader could take for something
 * else. Deterministic like the JSON form.
 */
public final class ModelYaml {

  private ModelYaml() {}

  public static String write(Project project) {
    return YamlWriter.writeInOrder(YJson.fromJson(ModelJson.toJson(project), SourceLocation.UNKNOWN));
  }
}
