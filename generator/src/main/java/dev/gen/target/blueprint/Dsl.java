package dev.gen.target.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code $brooklyn:} DSL expression that gen wrote itself. Only names gen has checked (service ids, sensor and
 * config key names) appear inside one, so the expression can be written as a plain YAML scalar, the way Brooklyn's
 * own documentation writes them; any text that came from the input travels as a separate YAML scalar in the
 * functional form ({@link #formatString}), never inside the DSL's own quoting.
 */
public record Dsl(String expression) {

  /** What may appear between the quotes of a DSL argument gen writes. */
  private static final Pattern SAFE_ARGUMENT = Pattern.compile("[A-Za-z0-9_.:/-]+");

  private static final Pattern SHAPE =
      Pattern.compile("\\$brooklyn:[A-Za-z]+\\((\"[A-Za-z0-9_.:/-]+\"(, \"[A-Za-z0-9_.:/-]+\")*)?\\)"
          + "(\\.[A-Za-z]+\\((\"[A-Za-z0-9_.:/-]+\")?\\))*");

  public Dsl {
    if (!SHAPE.matcher(expression).matches()) {
      throw new IllegalArgumentException("not a DSL expression gen writes: " + expression);
    }
  }

  static String quoted(String argument) {
    if (!SAFE_ARGUMENT.matcher(argument).matches()) {
      throw new IllegalArgumentException("unsafe DSL argument: " + argument);
    }
    return "\"" + argument + "\"";
  }

  /** {@code $brooklyn:entity("id").attributeWhenReady("sensor")}: waits until the sensor has a truthy value. */
  public static Dsl attributeWhenReady(String entityId, String sensor) {
    return new Dsl("$brooklyn:entity(" + quoted(entityId) + ").attributeWhenReady(" + quoted(sensor) + ")");
  }

  /** {@code $brooklyn:entity("id").config("key")}. */
  public static Dsl entityConfig(String entityId, String key) {
    return new Dsl("$brooklyn:entity(" + quoted(entityId) + ").config(" + quoted(key) + ")");
  }

  /** {@code $brooklyn:config("key")}: a config value of the entity the expression sits on. */
  public static Dsl config(String key) {
    return new Dsl("$brooklyn:config(" + quoted(key) + ")");
  }

  /** {@code $brooklyn:attributeWhenReady("sensor")} of the entity the expression sits on. */
  public static Dsl ownAttributeWhenReady(String sensor) {
    return new Dsl("$brooklyn:attributeWhenReady(" + quoted(sensor) + ")");
  }

  /** {@code $brooklyn:sensor("name")}: a sensor object, as enrichers take them. */
  public static Dsl sensor(String name) {
    return new Dsl("$brooklyn:sensor(" + quoted(name) + ")");
  }

  /** {@code $brooklyn:external("supplier", "key")}. */
  public static Dsl external(String supplier, String key) {
    return new Dsl("$brooklyn:external(" + quoted(supplier) + ", " + quoted(key) + ")");
  }

  /**
   * The functional form {@code $brooklyn:formatString: [pattern, args...]}: the pattern is an ordinary YAML scalar
   * (so any text can be in it), each argument a value or another DSL expression.
   *
   * @param pattern a {@link String#format} pattern: a literal {@code %} must already be written {@code %%}
   */
  public static Map<String, Object> formatString(String pattern, List<?> args) {
    List<Object> list = new ArrayList<>();
    list.add(pattern);
    list.addAll(args);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("$brooklyn:formatString", list);
    return form;
  }

  /** A pattern for {@link String#format} that yields {@code text} unchanged. */
  public static String escapePercent(String text) {
    return text.replace("%", "%%");
  }

  @Override
  public String toString() {
    return expression;
  }
}
