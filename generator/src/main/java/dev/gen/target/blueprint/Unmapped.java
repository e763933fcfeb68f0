package dev.gen.target.blueprint;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;

/** Reports what the model holds that a blueprint style cannot express ({@code blueprint.unmapped}). */
final class Unmapped {

  static final String CODE = "blueprint.unmapped";

  private final Diagnostics diagnostics;
  private final BlueprintStyle style;

  Unmapped(Diagnostics diagnostics, BlueprintStyle style) {
    this.diagnostics = diagnostics;
    this.style = style;
  }

  /**
   * One warning.
   *
   * @param keyPath where the element sits in the input, such as {@code services.web.cap_add}
   * @param what what is not carried over and what happens instead
   */
  void report(SourceLocation location, String keyPath, String what) {
    diagnostics.warn(CODE, what + " (blueprint style " + style.cliName() + ")", location, keyPath);
  }
}
