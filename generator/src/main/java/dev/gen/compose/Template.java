package dev.gen.compose;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose's variable substitution ({@code ${VAR}}, {@code $VAR}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:?err}}, {@code ${VAR?err}}, {@code ${VAR:+alt}}, {@code ${VAR+alt}}, {@code $$}), with nesting in
 * defaults and messages, as compose-go's {@code template} package does it. Names are case-insensitive in the
 * pattern ({@code [_a-z][_a-z0-9]*}) and looked up as written. There are no bash extensions: {@code ${VAR/a/b}} or
 * {@code ${}} are invalid, and a {@code $} followed by anything else ({@code $1}, {@code a$}) stays as it is.
 */
final class Template {

  /** {@code \$(?i:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}|()))}; {@code .} is not {@code \n}. */
  private static final Pattern PATTERN = Pattern.compile(
      "\\$(?i:(\\$)|([_a-z][_a-z0-9]*)|\\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\\}|()))", Pattern.UNIX_LINES);

  /** Looks a variable up: its value, or null when it is unset. */
  interface Lookup extends Function<String, String> {}

  /** A template that cannot be substituted. */
  static final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean invalidFormat;
    private final String template;

    private TemplateException(String message, boolean invalidFormat, String template) {
      super(message, null, false, false);
      this.invalidFormat = invalidFormat;
      this.template = template;
    }

    static TemplateException invalid(String template) {
      return new TemplateException("Invalid template: " + GoValues.quote(template), true, template);
    }

    static TemplateException missing(String variable, String reason) {
      return new TemplateException("required variable " + variable + " is missing a value"
          + (reason.isEmpty() ? "" : ": " + reason), false, "");
    }

    /** True for a malformed template ({@code ${}}, {@code ${A/b}}); false for a required variable that is unset. */
    boolean invalidFormat() {
      return invalidFormat;
    }

    /** The whole text that held the malformed expression. */
    String template() {
      return template;
    }
  }

  private Template() {}

  /**
   * Substitutes every variable of {@code template}.
   *
   * @param unset called with the name of each variable that is unset and has no default (Compose warns)
   */
  static String substitute(String template, Lookup lookup, Consumer<String> unset) throws TemplateException {
    if (template.indexOf('$') < 0) {
      return template;
    }
    Matcher m = PATTERN.matcher(template);
    StringBuilder out = new StringBuilder(template.length());
    int last = 0;
    TemplateException first = null;
    while (m.find()) {
      out.append(template, last, m.start());
      last = m.end();
      try {
        out.append(replace(m.group(), lookup, unset));
      } catch (TemplateException e) {
        if (first == null) {
          first = e.invalidFormat() && e.template().isEmpty() ? TemplateException.invalid(template) : e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
    out.append(template, last, template.length());
    return out.toString();
  }

  private static String replace(String matched, Lookup lookup, Consumer<String> unset) throws TemplateException {
    Operator op = operatorFor(matched);
    String substring = matched;
    String rest = "";
    int closing = firstClosingBrace(substring);
    if (closing > -1) {
      rest = substring.substring(closing + 1);
      substring = substring.substring(0, closing + 1);
    }
    Matcher m = PATTERN.matcher(substring);
    if (!m.lookingAt()) {
      throw new TemplateException("Invalid template", true, "");
    }
    if (m.group(1) != null) {
      return m.group(1);
    }
    boolean braced = false;
    String name = m.group(2);
    if (name == null || name.isEmpty()) {
      name = m.group(3);
      braced = true;
    }
    if (name == null || name.isEmpty()) {
      throw new TemplateException("Invalid template", true, "");
    }
    if (braced && op != null) {
      String applied = op.apply(name, lookup, unset);
      if (applied != null) {
        return applied + substitute(rest, lookup, unset);
      }
    }
    String value = lookup.apply(name);
    if (value == null) {
      unset.accept(name);
      return "";
    }
    return value;
  }

  /** compose-go picks the operator whose separator occurs first in the whole match. */
  private static Operator operatorFor(String matched) {
    Operator best = null;
    int bestIndex = Integer.MAX_VALUE;
    for (Operator op : Operator.values()) {
      int i = matched.indexOf(op.separator);
      if (i >= 0 && i < bestIndex) {
        best = op;
        bestIndex = i;
      }
    }
    return best;
  }

  private static int firstClosingBrace(String s) {
    int open = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '}') {
        open--;
        if (open == 0) {
          return i;
        }
      }
      if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
        open++;
        i++;
      }
    }
    return -1;
  }

  /** The operators, in compose-go's order (ties are impossible: the longer ones contain a colon). */
  private enum Operator {
    REQUIRED_NON_EMPTY(":?"),
    REQUIRED("?"),
    DEFAULT_IF_EMPTY(":-"),
    DEFAULT_IF_UNSET("-"),
    ALT_IF_NON_EMPTY(":+"),
    ALT_IF_SET("+");

    final String separator;

    Operator(String separator) {
      this.separator = separator;
    }

    /** The replacement, or null when the expression does not use this operator. */
    String apply(String expression, Lookup lookup, Consumer<String> unset) throws TemplateException {
      int at = expression.indexOf(separator);
      if (at < 0) {
        return null;
      }
      String name = expression.substring(0, at);
      String arg = substitute(expression.substring(at + separator.length()), lookup, unset);
      String value = lookup.apply(name);
      switch (this) {
        case REQUIRED_NON_EMPTY:
          if (value == null || value.isEmpty()) {
            throw TemplateException.missing(name, arg);
          }
          return value;
        case REQUIRED:
          if (value == null) {
            throw TemplateException.missing(name, arg);
          }
          return value;
        case DEFAULT_IF_EMPTY:
          return value == null || value.isEmpty() ? arg : value;
        case DEFAULT_IF_UNSET:
          return value == null ? arg : value;
        case ALT_IF_NON_EMPTY:
          return value != null && !value.isEmpty() ? arg : (value == null ? "" : value);
        default:
          return value != null ? arg : "";
      }
    }
  }
}
