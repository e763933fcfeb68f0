package dev.gen.testing;

import dev.gen.model.Project;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code fixtures/hostile/}: a project whose values are built to break generated files: quotes of every kind,
 * {@code $()} and backticks, newlines, {@code %} (format strings), a leading {@code $brooklyn:} (Brooklyn's DSL),
 * YAML indicators, non-ASCII text and odd environment variable names. Every one must arrive in the container
 * unchanged; {@link #values()} is what it must receive (the fixture writes each {@code $} as {@code $$}, since
 * Compose interpolates).
 */
public final class HostileProjects {

  private HostileProjects() {}

  /** Environment variable name to the exact value the container must receive. */
  public static Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("QUOTES", "it's \"quoted\" and 'single' \\ back\\slash");
    v.put("SUBSHELL", "$(touch /tmp/gen-pwned) `touch /tmp/gen-pwned` ${HOME} $HOME");
    v.put("NEWLINES", "line one\nline two\r\n\ttabbed\n");
    v.put("PERCENT", "100% %s %d %n %%");
    v.put("DSL", "$brooklyn:entity(\"db\").attributeWhenReady(\"host.address\")");
    v.put("YAML", "- [a, b]: {c: d} # not a comment\n--- \n...");
    v.put("UNICODE", "caf\u00e9 \u2028 \u00a0 \u65e5\u672c \ud83d\ude80");
    v.put("EMPTY", "");
    v.put("SPACES", "  leading and trailing  ");
    v.put("my.dotted-name", "a value for an odd name");
    return v;
  }

  /** Two services: {@code db}, and {@code app}, which names db in a value full of special characters. */
  public static Project project() {
    return ExampleProjects.named("hostile");
  }
}
