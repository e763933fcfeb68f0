package dev.gen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * gen's version and the Java it runs on. The version comes from the jar manifest; run from classes (tests, the
 * build's man pages) it comes from a resource the build fills in.
 */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "gen " + version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + "), "
          + System.getProperty("os.name", "") + " " + System.getProperty("os.arch", "")
    };
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    if (v != null) {
      return v;
    }
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String fromBuild = p.getProperty("version", "");
      return fromBuild.isEmpty() || fromBuild.startsWith("${") ? "development" : fromBuild;
    } catch (IOException e) {
      return "development";
    }
  }
}
