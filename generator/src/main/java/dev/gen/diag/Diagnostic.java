package dev.gen.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One message for the user: what is wrong or was not carried over, where it is, the key path inside the document
 * (for example {@code services.web.ports[1]}), and an optional hint on how to fix it.
 *
 * @param code a stable, machine-readable identifier such as {@code compose.unknown-key} or
 *     {@code charm.unmapped-key}; tests and {@code --warnings json} consumers rely on it
 */
public record Diagnostic(
    Severity severity, String code, String message, SourceLocation location, String keyPath, String hint) {

  /** Deterministic order for reports: by file, line, column, then code and message. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.location().file())
          .thenComparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column())
          .thenComparing(Diagnostic::keyPath)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    location = location == null ? SourceLocation.UNKNOWN : location;
    keyPath = keyPath == null ? "" : keyPath;
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic error(String code, String message, SourceLocation location, String keyPath) {
    return new Diagnostic(Severity.ERROR, code, message, location, keyPath, "");
  }

  public static Diagnostic warning(String code, String message, SourceLocation location, String keyPath) {
    return new Diagnostic(Severity.WARNING, code, message, location, keyPath, "");
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(severity, code, message, location, keyPath, newHint);
  }

  /** One line: {@code file:line:col: warning: message (key path)}. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    if (location.isKnown()) {
      sb.append(location).append(": ");
    }
    sb.append(severity.label()).append(": ").append(message);
    if (!keyPath.isEmpty()) {
      sb.append(" [").append(keyPath).append(']');
    }
    return sb.toString();
  }
}
