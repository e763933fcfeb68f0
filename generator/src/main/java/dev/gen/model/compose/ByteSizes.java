package dev.gen.model.compose;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes in bytes. The normalized project writes them as decimal strings ({@code "536870912"}); tmpfs options and
 * older trees may still carry Docker's human form ({@code 64m}, {@code 1.5g}, {@code 512MiB}), which is read the way
 * Docker's {@code units.RAMInBytes} reads it: binary multiples, case-insensitive, an optional {@code b} or
 * {@code ib}.
 */
final class ByteSizes {

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)(i?b)?");

  private ByteSizes() {}

  static OptionalLong parse(String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    int power = "kmgtp".indexOf(m.group(2)) + 1;
    if (m.group(2).isEmpty()) {
      power = 0;
    }
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
    try {
      return OptionalLong.of(bytes.toBigInteger().longValueExact());
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }
}
