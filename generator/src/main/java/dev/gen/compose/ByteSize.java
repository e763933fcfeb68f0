package dev.gen.compose;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Docker's {@code units.RAMInBytes}: {@code 50M}, {@code 1gb}, {@code 2048k}, {@code 1.5g} with 1024 multiples. */
final class ByteSize {

  private static final Pattern SIZE = Pattern.compile("^(\\d+(\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$");

  private ByteSize() {}

  static long parse(String s) {
    Matcher m = SIZE.matcher(s);
    if (!m.matches()) {
      throw new NumberFormatException("invalid size: '" + s + "'");
    }
    double size;
    try {
      size = GoValues.parseFloat(m.group(1), 64);
    } catch (NumberFormatException e) {
      throw new NumberFormatException(e.getMessage());
    }
    String unit = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
    long mul = switch (unit) {
      case "k" -> 1L << 10;
      case "m" -> 1L << 20;
      case "g" -> 1L << 30;
      case "t" -> 1L << 40;
      case "p" -> 1L << 50;
      default -> 1L;
    };
    return (long) (size * mul);
  }
}
