package dev.gen.compose;

/**
 * The short volume syntax ({@code source:target[:options]}, {@code target} alone for an anonymous volume, Windows
 * drive letters) parsed as compose-go's {@code format.ParseVolume} does: a source starting with {@code .}, {@code /},
 * {@code ~}, {@code \\} or a drive letter is a bind mount (created on the host if missing), anything else a named
 * volume. Options: {@code ro}, {@code rw}, {@code nocopy}, SELinux {@code z}/{@code Z} and propagation modes; others
 * are ignored.
 */
final class VolumeSpec {

  /** A parsed volume: null fields were not set. */
  static final class Volume {
    String type;
    String source = "";
    String target = "";
    boolean readOnly;
    boolean bind;
    String propagation = "";
    String selinux = "";
    boolean createHostPath;
    boolean volume;
    boolean noCopy;
  }

  /** A volume spec Compose cannot parse. */
  static final class VolumeException extends Exception {
    private static final long serialVersionUID = 1L;

    VolumeException(String message) {
      super(message, null, false, false);
    }
  }

  private VolumeSpec() {}

  static Volume parse(String spec) throws VolumeException {
    Volume v = new Volume();
    int length = spec.codePointCount(0, spec.length());
    if (length == 0) {
      throw new VolumeException("invalid empty volume spec");
    }
    if (length <= 2) {
      v.target = spec;
      v.type = "volume";
      return v;
    }
    StringBuilder buffer = new StringBuilder();
    int[] cps = spec.codePoints().toArray();
    for (int c : cps) {
      if (c == ':' && buffer.codePointCount(0, buffer.length()) == 1 && Character.isLetter(buffer.codePointAt(0))) {
        buffer.appendCodePoint(c); // a Windows drive letter
      } else if (c == ':') {
        populate(spec, ':', buffer.toString(), v);
        buffer.setLength(0);
      } else {
        buffer.appendCodePoint(c);
      }
    }
    populate(spec, (char) 0, buffer.toString(), v);
    populateType(v);
    return v;
  }

  private static void populate(String spec, char c, String buffer, Volume v) throws VolumeException {
    if (buffer.isEmpty()) {
      throw new VolumeException("invalid spec: " + spec + ": empty section between colons");
    }
    if (v.source.isEmpty() && c == 0) {
      v.target = buffer;
      return;
    }
    if (v.source.isEmpty()) {
      v.source = buffer;
      return;
    }
    if (v.target.isEmpty()) {
      v.target = buffer;
      return;
    }
    if (c == ':') {
      throw new VolumeException("invalid spec: " + spec + ": too many colons");
    }
    for (String option : buffer.split(",", -1)) {
      switch (option) {
        case "ro" -> v.readOnly = true;
        case "rw" -> v.readOnly = false;
        case "nocopy" -> {
          v.volume = true;
          v.noCopy = true;
        }
        case "rprivate", "private", "rshared", "shared", "rslave", "slave" -> {
          v.bind = true;
          v.propagation = option;
        }
        case "z", "Z" -> {
          v.bind = true;
          v.selinux = option;
        }
        default -> {
          // unknown options are ignored, as Compose does
        }
      }
    }
  }

  private static void populateType(Volume v) {
    if (isFilePath(v.source)) {
      v.type = "bind";
      v.bind = true;
      v.createHostPath = true;
    } else {
      v.type = "volume";
      v.volume = true;
    }
  }

  private static boolean isFilePath(String source) {
    if (source.isEmpty()) {
      return false;
    }
    char first = source.charAt(0);
    if (first == '.' || first == '/' || first == '~') {
      return true;
    }
    if (source.startsWith("\\\\")) {
      return true;
    }
    int firstLength = Character.charCount(source.codePointAt(0));
    return firstLength < source.length() && source.charAt(firstLength) == ':'
        && Character.isLetter(source.codePointAt(0));
  }

  /** Go's {@code path.Clean} for slash-separated paths. */
  static String cleanPath(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    boolean rooted = p.charAt(0) == '/';
    String[] parts = p.split("/", -1);
    java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
    for (String part : parts) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.peekLast().equals("..")) {
          out.removeLast();
        } else if (!rooted) {
          out.addLast("..");
        }
        continue;
      }
      out.addLast(part);
    }
    String joined = String.join("/", out);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
