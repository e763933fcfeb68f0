package dev.gen.target.charm;

/** The {@code links} of {@code charmcraft.yaml}; every field may be null. URLs are http(s) only. */
public record Links(String website, String source, String documentation, String issues, String contact) {

  public boolean isEmpty() {
    return website == null && source == null && documentation == null && issues == null && contact == null;
  }
}
