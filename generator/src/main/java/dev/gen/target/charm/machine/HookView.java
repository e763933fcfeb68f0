package dev.gen.target.charm.machine;

/**
 * What a hook or action template reads: the endpoint and event of a relation hook, the storage of a storage hook
 * (empty where they do not apply). The other hooks need nothing: they only call the library.
 */
public record HookView(String endpoint, String event, String storage) {

  static final HookView NONE = new HookView("", "", "");

  static HookView relation(String endpoint, String event) {
    return new HookView(endpoint, event, "");
  }

  static HookView storage(String storage) {
    return new HookView("", "", storage);
  }
}
