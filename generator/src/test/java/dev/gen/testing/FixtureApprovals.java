package dev.gen.testing;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;
import org.approvaltests.reporters.QuietReporter;

/**
 * Golden-file checks with ApprovalTests, stored next to the fixture they belong to:
 * {@code fixtures/<fixture>/approved/<variant>.approved.<ext>}. On a difference the test fails, the new output is
 * written as {@code <variant>.received.<ext>} beside it (ignored by git), and the command that approves it is
 * printed. Read the diff before you approve.
 */
public final class FixtureApprovals {

  private FixtureApprovals() {}

  /**
   * Verifies {@code text} against the approved file.
   *
   * @param fixture the fixture folder name under {@code fixtures/}
   * @param variant what was generated, such as {@code charm-k8s} or {@code model}
   * @param extension the file extension without the dot ({@code txt}, {@code json})
   */
  public static void verify(String fixture, String variant, String text, String extension) {
    Path dir = Fixtures.fixture(fixture).resolve("approved");
    Approvals.verify(text, new Options(new QuietReporter()).forFile().withNamer(new FixtureNamer(dir, variant))
        .forFile().withExtension("." + extension));
  }

  private record FixtureNamer(Path dir, String variant) implements ApprovalNamer {
    @Override
    public File getApprovedFile(String extensionWithDot) {
      return dir.resolve(variant + ".approved" + extensionWithDot).toFile();
    }

    @Override
    public File getReceivedFile(String extensionWithDot) {
      return dir.resolve(variant + ".received" + extensionWithDot).toFile();
    }

    @Override
    public String getApprovalName() {
      return variant;
    }

    @Override
    public String getSourceFilePath() {
      return dir.toString() + File.separator;
    }

    @Override
    public ApprovalNamer addAdditionalInformation(String info) {
      return new FixtureNamer(dir, variant + "." + info);
    }

    @Override
    public String getAdditionalInformation() {
      return "";
    }
  }
}
