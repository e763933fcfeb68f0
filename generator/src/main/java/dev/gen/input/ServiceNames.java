package dev.gen.input;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import java.util.Locale;

/**
 * Service names made from folder names: lower case (image names are), every run of characters Compose does not
 * allow in a service name ({@code [a-z0-9._-]}) replaced by {@code -}, and no {@code -}, {@code .} or {@code _} at
 * either end. So {@code services/Web App} becomes {@code services-web-app}.
 */
final class ServiceNames {

  private ServiceNames() {}

  static String of(String text, SourceLocation at) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-') {
        sb.append(c);
        dash = false;
      } else if (!dash) {
        sb.append('-');
        dash = true;
      }
    }
    String name = sb.toString().replaceAll("^[-._]+|[-._]+$", "");
    if (name.isEmpty()) {
      throw GenException.at(at, "", "input.service-name", "cannot make a service name of '" + text + "': it has no"
          + " letter or digit").withHint("rename the folder, or name a compose file that names the service");
    }
    return name;
  }
}
