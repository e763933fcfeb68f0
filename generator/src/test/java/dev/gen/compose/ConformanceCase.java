package dev.gen.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.yaml.YJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One case of {@code fixtures/conformance/compose/expected/INDEX.tsv}: its inputs, how to load them (the clean
 * environment of the conformance README, {@code --profile '*'} for {@code .all-profiles}), and what the reference
 * loader produced.
 */
record ConformanceCase(String name, List<Path> inputs, boolean allProfiles, Path expectedModel, Path expectedError) {

  /** The clean environment the reference ran in: PATH, LANG and a HOME that does not exist. */
  static final Map<String, String> CLEAN_ENVIRONMENT =
      Map.of("PATH", "/usr/bin:/bin", "LANG", "C.UTF-8", "HOME", "/nonexistent/home");

  static List<ConformanceCase> all(Path composeRoot) {
    Path expected = composeRoot.resolve("expected");
    List<ConformanceCase> cases = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(expected.resolve("INDEX.tsv"))) {
        if (line.startsWith("case\t") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String name = cols[0];
        List<Path> inputs = new ArrayList<>();
        for (String input : cols[1].split("(?<=\\.ya?ml) ")) {
          inputs.add(composeRoot.resolve(input));
        }
        Path model = expected.resolve(name + ".json");
        Path error = expected.resolve(name + ".error.json");
        cases.add(new ConformanceCase(name, inputs, name.endsWith(".all-profiles"),
            Files.exists(model) ? model : null, Files.exists(error) ? error : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  boolean expectsError() {
    return expectedError != null;
  }

  Path projectDirectory() {
    return inputs.get(0).getParent();
  }

  /** Loads the case; the model as the reference prints it, paths replaced by {@code <PROJECT_DIR>}/{@code <ROOT>}. */
  Outcome run(Path composeRoot) {
    ComposeRequest request = new ComposeRequest(inputs, projectDirectory(), null, null, List.of(),
        allProfiles ? List.of("*") : List.of(), CLEAN_ENVIRONMENT, true, true);
    Diagnostics diagnostics = new Diagnostics();
    try {
      ComposeProject project = ComposeLoader.load(request, diagnostics);
      String json = YJson.write(project.model())
          .replace(projectDirectory().toString(), "<PROJECT_DIR>")
          .replace(composeRoot.toString(), "<ROOT>");
      return new Outcome(YJson.MAPPER.readTree(json), null, diagnostics);
    } catch (GenException e) {
      return new Outcome(null, e, diagnostics);
    }
  }

  JsonNode expected() {
    try {
      return YJson.MAPPER.readTree(Files.readString(expectedModel));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String expectedErrorMessage() {
    try {
      return YJson.MAPPER.readTree(Files.readString(expectedError)).get("error").asString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What loading a case gave: a model, or an error. */
  record Outcome(JsonNode model, GenException error, Diagnostics diagnostics) {}
}
