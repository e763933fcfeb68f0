package dev.gen.target.blueprint;

import dev.gen.model.Healthcheck;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A healthcheck that only fetches a URL on the container itself ({@code wget -q -O- http://localhost:8080/x},
 * {@code curl -f http://127.0.0.1/}): Brooklyn can run the same request from outside, against the port's mapped
 * address.
 *
 * @param port the container port
 * @param path the path and query, starting with {@code /}
 */
record HttpProbe(int port, String path) {

  private static final Pattern URL =
      Pattern.compile("http://(?:localhost|127\\.0\\.0\\.1)(?::([0-9]{1,5}))?(/[^\\s'\"]*)?");

  private static final Pattern SHELL_FORM = Pattern.compile(
      "(?:wget|curl)(?: +-[A-Za-z-]+)* +(" + URL.pattern() + ")(?: *\\|\\| *exit 1)?");

  /** The probe, or null when the healthcheck does something else. */
  static HttpProbe of(Healthcheck h) {
    if (h == null || h.disabled()) {
      return null;
    }
    List<String> words = h.command();
    String url = null;
    if (h.isExec() && !words.isEmpty() && (words.get(0).equals("wget") || words.get(0).equals("curl"))) {
      for (int i = 1; i < words.size(); i++) {
        String w = words.get(i);
        if (URL.matcher(w).matches() && url == null) {
          url = w;
        } else if (!w.startsWith("-")) {
          return null;
        }
      }
    } else if (h.isShell() && words.size() == 1) {
      Matcher m = SHELL_FORM.matcher(words.get(0).trim());
      if (m.matches()) {
        url = m.group(1);
      }
    }
    if (url == null) {
      return null;
    }
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      return null;
    }
    int port = m.group(1) == null ? 80 : Integer.parseInt(m.group(1));
    if (port < 1 || port > 65535) {
      return null;
    }
    return new HttpProbe(port, m.group(2) == null ? "/" : m.group(2));
  }
}
