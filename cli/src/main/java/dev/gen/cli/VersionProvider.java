package dev.gen.cli;

import picocli.CommandLine.IVersionProvider;

/** gen's version from the jar manifest ("development" when run from classes), and the Java it runs on. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "gen " + (v == null ? "development" : v),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + "), "
          + System.getProperty("os.name", "") + " " + System.getProperty("os.arch", "")
    };
  }
}
