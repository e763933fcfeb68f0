package dev.gen.dockerfile.dispatch;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.DockerfileCodes;
import dev.gen.dockerfile.DockerfileErrors;
import dev.gen.dockerfile.instructions.Suggest;
import dev.gen.dockerfile.shell.LexResult;
import dev.gen.dockerfile.shell.ShellLex;
import dev.gen.dockerfile.shell.ShellLexException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Variable substitution during dispatch: runs the shell lexer with the Dockerfile's escape character, turns its
 * errors into located {@code dockerfile.expansion} errors, reports undefined variables (BuildKit's UndefinedVar)
 * and keeps a budget on the total amount of text produced, so that a Dockerfile that doubles a variable on every
 * line fails instead of exhausting memory.
 */
final class Expander {

  /** The most text (in characters) that all substitutions of one Dockerfile may produce together. */
  static final long TOTAL_BUDGET = 64L * 1024 * 1024;

  /** Beyond this many variables "did you mean" suggestions are not searched (they would cost too much). */
  static final int MAX_SUGGESTION_CANDIDATES = 1_000;

  /** A substitution's result. */
  record Expansion(String word, List<String> words, List<String> unresolved, LexResult result) {}

  private final ShellLex lex;
  private final Diagnostics warnings;
  private long remaining = TOTAL_BUDGET;

  Expander(int escapeToken, Diagnostics warnings) {
    this.lex = ShellLex.withEscape(escapeToken);
    this.warnings = warnings;
  }

  ShellLex lex() {
    return lex;
  }

  /**
   * Substitutes {@code text}.
   *
   * @param declared ARG names declared so far: using one that has no value is not reported as undefined
   * @param undefinedCode the lint code for an undefined variable (UndefinedVar, or UndefinedArgInFrom for FROM)
   */
  Expansion expand(String text, DispatchEnv env, SourceLocation where, Collection<String> declared,
      String undefinedCode) {
    return run(lex, text, env, where, declared, undefinedCode);
  }

  /** Substitution that keeps quotes as they are (heredoc bodies of COPY/ADD; BuildKit's {@code ExpandRaw}). */
  Expansion expandRaw(String text, DispatchEnv env, SourceLocation where, Collection<String> declared) {
    return run(ShellLex.withEscape('\\').skipProcessQuotes(true), text, env, where, declared,
        DockerfileCodes.UNDEFINED_VAR);
  }

  private Expansion run(ShellLex l, String text, DispatchEnv env, SourceLocation where,
      Collection<String> declared, String undefinedCode) {
    LexResult r;
    try {
      r = l.process(text, env);
    } catch (ShellLexException e) {
      throw DockerfileErrors.error(where, e.isLimit() ? DockerfileCodes.LIMIT : DockerfileCodes.EXPANSION,
          e.getMessage());
    }
    remaining -= r.word().length();
    if (remaining < 0) {
      throw DockerfileErrors.error(where, DockerfileCodes.LIMIT, String.format(Locale.ROOT,
          "variable substitution produced more than %d characters in total; the Dockerfile looks like it grows "
              + "a variable without bound", TOTAL_BUDGET));
    }
    reportUndefined(r, env, where, declared, undefinedCode);
    return new Expansion(r.word(), r.words(), env.unresolvedOf(r), r);
  }

  private static String suggestion(String name, DispatchEnv env) {
    return env.size() > MAX_SUGGESTION_CANDIDATES ? null : Suggest.closest(name, env.keys(), true);
  }

  private void reportUndefined(LexResult r, DispatchEnv env, SourceLocation where, Collection<String> declared,
      String code) {
    for (String name : r.unmatched()) {
      if (declared.contains(name)) {
        continue;
      }
      String match = suggestion(name, env);
      String suggestion = match == null ? "" : code.equals(DockerfileCodes.UNDEFINED_ARG_IN_FROM)
          ? " (did you mean " + match + "?)" : " (did you mean $" + match + "?)";
      String message = code.equals(DockerfileCodes.UNDEFINED_ARG_IN_FROM)
          ? "FROM argument '" + name + "' is not declared" + suggestion
          : "Usage of undefined variable '$" + name + "'" + suggestion;
      warnings.warn(code, message, where, "");
    }
    // in a stage built on an image any name may come from the image; only a likely typo is worth a word
    for (String name : r.unknown()) {
      if (declared.contains(name) || env.contains(name)) {
        continue;
      }
      String match = suggestion(name, env);
      if (match != null) {
        warnings.warn(DockerfileCodes.UNDEFINED_VAR, "Usage of variable '$" + name + "', which the Dockerfile does "
            + "not define (did you mean $" + match + "?); only the base image could set it", where, "");
      }
    }
  }
}
