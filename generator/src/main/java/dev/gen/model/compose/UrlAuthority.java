package dev.gen.model.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The authority part of each {@code scheme://} URL inside a value: the user information and the hosts (several
 * for multi-host URLs such as {@code mongodb://a:27017,b:27017/db}), with their offsets in the value. The authority
 * ends at the first {@code /}, {@code ?}, {@code #} or whitespace, as RFC 3986 says; the user information ends at
 * the authority's <em>last</em> {@code @}, so a password that contains {@code @} still leaves the right host.
 *
 * @param start where the authority starts in the value (right after {@code ://})
 * @param end where it ends
 * @param userInfo the text before the last {@code @}, or null when there is none
 * @param hosts each host entry ({@code host}, {@code host:port}, {@code [v6]:port}) with its offsets
 */
record UrlAuthority(int start, int end, String userInfo, List<Span> hosts) {

  /** A piece of the value: {@code text} is {@code value.substring(start, end)}. */
  record Span(String text, int start, int end) {}

  static List<UrlAuthority> findAll(String value) {
    List<UrlAuthority> found = new ArrayList<>();
    int from = 0;
    while (true) {
      int sep = value.indexOf("://", from);
      if (sep < 0) {
        return found;
      }
      from = sep + 3;
      if (!hasScheme(value, sep)) {
        continue;
      }
      int start = sep + 3;
      int end = start;
      while (end < value.length() && "/?#".indexOf(value.charAt(end)) < 0
          && !Character.isWhitespace(value.charAt(end))) {
        end++;
      }
      found.add(parse(value, start, end));
    }
  }

  /** A scheme ({@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )}) ends right before {@code sep}. */
  private static boolean hasScheme(String value, int sep) {
    int i = sep;
    while (i > 0 && isSchemeChar(value.charAt(i - 1))) {
      i--;
    }
    // the scheme's first character must be a letter; skip leading non-letters such as "1http"
    while (i < sep && !Character.isLetter(value.charAt(i))) {
      i++;
    }
    return i < sep && isAsciiLetter(value.charAt(i));
  }

  private static boolean isSchemeChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static UrlAuthority parse(String value, int start, int end) {
    int at = value.lastIndexOf('@', end - 1);
    String userInfo = null;
    int hostsStart = start;
    if (at >= start) {
      userInfo = value.substring(start, at);
      hostsStart = at + 1;
    }
    List<Span> hosts = new ArrayList<>();
    int pieceStart = hostsStart;
    for (int i = hostsStart; i <= end; i++) {
      if (i == end || value.charAt(i) == ',') {
        if (i > pieceStart) {
          hosts.add(new Span(value.substring(pieceStart, i), pieceStart, i));
        }
        pieceStart = i + 1;
      }
    }
    return new UrlAuthority(start, end, userInfo, hosts);
  }
}
