package dev.gen.dockerfile.dispatch;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A build platform {@code os[/arch[/variant]]} (a light version of containerd's {@code platforms.Parse}: the syntax is
 * checked, OS and architecture are lower-cased and the common architecture aliases normalized). An empty part means
 * "not known".
 */
public record Platform(String os, String architecture, String variant) {

  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern OS_PART = Pattern.compile("[A-Za-z0-9_.-]+(\\([A-Za-z0-9_.-]+\\))?");
  private static final java.util.Set<String> KNOWN_OS = java.util.Set.of("aix", "android", "darwin", "dragonfly",
      "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1",
      "windows", "zos");
  private static final Map<String, String> ARCH_ALIASES = Map.of(
      "x86_64", "amd64", "x86-64", "amd64", "aarch64", "arm64", "i386", "386", "i686", "386", "armhf", "arm",
      "armel", "arm");

  /** Parses a platform; the message of the exception is BuildKit's wording. */
  public static Platform parse(String text) throws IllegalArgumentException {
    String[] parts = text.split("/", -1);
    if (parts.length > 3) {
      throw invalid(text);
    }
    for (int i = 0; i < parts.length; i++) {
      if (!(i == 0 ? OS_PART : PART).matcher(parts[i]).matches()) {
        throw invalid(text);
      }
    }
    if (parts.length == 1) {
      String p = parts[0].toLowerCase(Locale.ROOT);
      String os = p.replaceAll("\\(.*\\)$", "");
      if (KNOWN_OS.contains(os)) {
        return new Platform(os, "", "");
      }
      return new Platform("", ARCH_ALIASES.getOrDefault(p, p), "");
    }
    String os = parts[0].toLowerCase(Locale.ROOT).replaceAll("\\(.*\\)$", "");
    String arch = parts[1].toLowerCase(Locale.ROOT);
    String variant = parts.length == 3 ? parts[2].toLowerCase(Locale.ROOT) : "";
    if (arch.equals("armhf") && variant.isEmpty()) {
      variant = "v7";
    } else if (arch.equals("armel") && variant.isEmpty()) {
      variant = "v6";
    }
    return new Platform(os, ARCH_ALIASES.getOrDefault(arch, arch), variant);
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(dev.gen.dockerfile.gocompat.GoQuote.quote(text)
        + ": unknown operating system or architecture: invalid argument");
  }

  /** {@code os/arch[/variant]}. */
  public String format() {
    String s = os + "/" + architecture;
    return variant.isEmpty() ? s : s + "/" + variant;
  }

  public boolean isWindows() {
    return os.equals("windows");
  }
}
