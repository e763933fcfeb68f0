package dev.gen.target.bundle.verify;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks a {@code bundle.yaml} as {@code juju deploy} would before it deploys anything: parsed as YAML (every
 * document; overlays composed onto the base), then against each of {@link BundleRules#ALL}, with the charms the
 * bundle references where a rule needs them. gen runs it on every bundle it writes.
 */
public final class BundleVerifier {

  private BundleVerifier() {}

  /** Every problem of the bundle, as error diagnostics located in {@code fileName} (empty when it is valid). */
  public static List<Diagnostic> verify(String text, String fileName, CharmSource charms) {
    List<Node> documents;
    try {
      documents = BundleYaml.documents(text);
    } catch (IllegalArgumentException e) {
      return List.of(Diagnostic.error("bundle.yaml", fileName + " is not valid YAML: " + e.getMessage(),
          SourceLocation.of(fileName), ""));
    }
    BundleDocument bundle = new BundleDocument(documents, charms);
    List<Diagnostic> problems = new ArrayList<>();
    for (BundleRule rule : BundleRules.ALL) {
      boolean structural = rule.number() <= 2;
      if (!structural && bundle.merged() == null) {
        continue;
      }
      rule.check().apply(bundle, (at, keyPath, message) -> problems.add(Diagnostic.error("bundle." + rule.id(),
          message, location(fileName, at), keyPath)));
    }
    return problems;
  }

  private static SourceLocation location(String fileName, Node at) {
    if (at == null || at.getStartMark() == null) {
      return new SourceLocation(fileName, 1, 1);
    }
    return new SourceLocation(fileName, at.getStartMark().getLine() + 1, at.getStartMark().getColumn() + 1);
  }
}
