package dev.gen.dockerfile;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.gocompat.GoStrings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code # check=skip=<rules>;error=<bool>} directive (BuildKit's {@code linter.ParseLintOptions}): warnings
 * that mirror a skipped BuildKit rule are dropped, and with {@code error=true} any remaining rule warning fails the
 * load, as it fails the build ({@code lint violation found for rules: ...}). gen's own warnings are not rules and
 * are never skipped or turned into errors.
 */
final class LintPolicy {

  /** gen's code for each BuildKit lint rule it reports. */
  static final Map<String, String> RULES = Map.ofEntries(
      Map.entry(DockerfileCodes.EMPTY_CONTINUATION, "NoEmptyContinuation"),
      Map.entry(DockerfileCodes.MAINTAINER_DEPRECATED, "MaintainerDeprecated"),
      Map.entry(DockerfileCodes.UNDEFINED_VAR, "UndefinedVar"),
      Map.entry(DockerfileCodes.UNDEFINED_ARG_IN_FROM, "UndefinedArgInFrom"),
      Map.entry(DockerfileCodes.LEGACY_KEY_VALUE, "LegacyKeyValueFormat"),
      Map.entry(DockerfileCodes.JSON_ARGS_RECOMMENDED, "JSONArgsRecommended"),
      Map.entry(DockerfileCodes.MULTIPLE_INSTRUCTIONS, "MultipleInstructionsDisallowed"),
      Map.entry(DockerfileCodes.STAGE_NAME_CASING, "StageNameCasing"),
      Map.entry(DockerfileCodes.FROM_AS_CASING, "FromAsCasing"),
      Map.entry(DockerfileCodes.RESERVED_STAGE_NAME, "ReservedStageName"),
      Map.entry(DockerfileCodes.DUPLICATE_STAGE_NAME, "DuplicateStageName"),
      Map.entry(DockerfileCodes.WORKDIR_RELATIVE_PATH, "WorkdirRelativePath"),
      Map.entry(DockerfileCodes.EXPOSE_PROTO_CASING, "ExposeProtoCasing"),
      Map.entry(DockerfileCodes.EXPOSE_INVALID_FORMAT, "ExposeInvalidFormat"),
      Map.entry(DockerfileCodes.SECRETS_IN_ARG_OR_ENV, "SecretsUsedInArgOrEnv"));

  private final Set<String> skip;
  private final boolean skipAll;
  private final boolean error;

  private LintPolicy(Set<String> skip, boolean skipAll, boolean error) {
    this.skip = skip;
    this.skipAll = skipAll;
    this.error = error;
  }

  static LintPolicy none() {
    return new LintPolicy(Set.of(), false, false);
  }

  /** Reads a {@code check} directive value; errors are BuildKit's. */
  static LintPolicy parse(String value, SourceLocation where) {
    String text = GoStrings.trimSpace(value);
    if (text.isEmpty()) {
      return none();
    }
    Set<String> skip = new TreeSet<>();
    boolean skipAll = false;
    boolean error = false;
    for (String part : text.split(";", 2)) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw DockerfileErrors.error(where, DockerfileCodes.SYNTAX,
            "failed to parse check options: invalid check option \"" + part + "\"");
      }
      String key = GoStrings.trimSpace(part.substring(0, eq));
      String v = GoStrings.trimSpace(part.substring(eq + 1));
      switch (key) {
        case "skip" -> {
          if (v.equals("all")) {
            skipAll = true;
          } else {
            Arrays.stream(v.split(",")).map(GoStrings::trimSpace).forEach(skip::add);
          }
        }
        case "error" -> {
          switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> error = true;
            case "0", "f", "F", "FALSE", "false", "False" -> error = false;
            default -> throw DockerfileErrors.error(where, DockerfileCodes.SYNTAX,
                "failed to parse check options: failed to parse check option \"" + part + "\": strconv.ParseBool: "
                    + "parsing \"" + v + "\": invalid syntax");
          }
        }
        default -> throw DockerfileErrors.error(where, DockerfileCodes.SYNTAX,
            "failed to parse check options: invalid check option \"" + key + "\"");
      }
    }
    return new LintPolicy(Set.copyOf(skip), skipAll, error);
  }

  /** Copies {@code collected} into {@code out} without the skipped rules; fails when rules are errors. */
  void apply(Diagnostics collected, Diagnostics out, String file) {
    List<Diagnostic> kept = new ArrayList<>();
    Set<String> violated = new TreeSet<>();
    for (Diagnostic d : collected.all()) {
      String rule = RULES.get(d.code());
      if (rule != null && (skipAll || skip.contains(rule))) {
        continue;
      }
      if (rule != null) {
        violated.add(rule);
      }
      kept.add(d);
    }
    if (error && !violated.isEmpty()) {
      List<Diagnostic> errors = new ArrayList<>();
      errors.add(Diagnostic.error(DockerfileCodes.SYNTAX,
          "lint violation found for rules: " + String.join(", ", violated), SourceLocation.of(file), "")
          .withHint("the Dockerfile sets # check=error=true"));
      for (Diagnostic d : kept) {
        if (RULES.containsKey(d.code())) {
          errors.add(Diagnostic.error(d.code(), d.message(), d.location(), d.keyPath()));
        }
      }
      throw new GenException(errors, GenException.EXIT_INPUT);
    }
    kept.forEach(out::add);
  }
}
