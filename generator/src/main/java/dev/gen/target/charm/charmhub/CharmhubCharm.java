package dev.gen.target.charm.charmhub;

import dev.gen.target.charm.CharmFlavour;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of {@link CharmhubCharms}: a maintained Charmhub charm that replaces a well-known image, how a generated
 * charm relates to it, and how what it provides maps onto the consumer's environment (juju.md §5).
 *
 * @param id a short name for the row ({@code postgresql})
 * @param images the image repositories it replaces ({@code postgres}), as {@link dev.gen.target.charm.ImageNames}
 *     writes them
 * @param k8s the Kubernetes charm, or null when there is none
 * @param machine the machine charm, or null when there is none
 * @param endpoint the charm's endpoint a generated charm relates to ({@code database})
 * @param interfaceName the interface of that endpoint ({@code postgresql_client})
 * @param clientEndpoint the conventional name of the consumer's {@code requires} endpoint ({@code database})
 * @param protocol how the two sides exchange data
 * @param requestKey the field the requirer names its resource in ({@code database}, {@code topic}, {@code index}),
 *     and the provider answers with; empty when the protocol has none
 * @param extraRequest other fields the requirer writes, such as kafka's {@code extra-user-roles}
 * @param hostKey the unit databag key of the host ({@link Protocol#UNIT_ADDRESS}); empty otherwise
 * @param port the service's usual port
 * @param providerEnv the environment variables of the replaced image that set each role (its user, password,
 *     database), used to recognise the consumer's matching values and the resource name to request
 * @param tokens words in a consumer's variable names that point at this kind of service ({@code POSTGRES},
 *     {@code DB})
 * @param databaseTokens the last word of a consumer's variable that names the resource ({@code DB}, {@code TOPIC})
 * @param onlyAsProxy true for reverse proxies: the image is replaced only when the service proxies to another one
 */
public record CharmhubCharm(
    String id,
    List<String> images,
    Choice k8s,
    Choice machine,
    String endpoint,
    String interfaceName,
    String clientEndpoint,
    Protocol protocol,
    String requestKey,
    Map<String, String> extraRequest,
    String hostKey,
    int port,
    Map<Role, List<String>> providerEnv,
    List<String> tokens,
    List<String> databaseTokens,
    boolean onlyAsProxy) {

  /**
   * The charm of one flavour.
   *
   * @param charm the Charmhub charm name
   * @param channel the channel gen deploys by default ({@code x-juju: {channel: ...}} overrides it)
   * @param base the base to deploy it on, or null for the charm's own default
   * @param trust true when the charm needs {@code juju deploy --trust} (it manages cluster resources)
   */
  public record Choice(String charm, String channel, String base, boolean trust) {}

  public CharmhubCharm {
    images = List.copyOf(images);
    extraRequest = Map.copyOf(extraRequest);
    providerEnv = Map.copyOf(providerEnv);
    tokens = List.copyOf(tokens);
    databaseTokens = List.copyOf(databaseTokens);
  }

  /** The charm of a flavour, if Charmhub has one. */
  public Optional<Choice> choice(CharmFlavour flavour) {
    return Optional.ofNullable(flavour == CharmFlavour.K8S ? k8s : machine);
  }

  /** The variables of the replaced image that set a role. */
  public List<String> providerEnv(Role role) {
    return providerEnv.getOrDefault(role, List.of());
  }

  /** True when the protocol carries {@code role}. */
  public boolean provides(Role role) {
    return switch (protocol) {
      case DATA_PLATFORM, RABBITMQ -> true;
      case UNIT_ADDRESS -> role == Role.HOST || role == Role.PORT;
      case INGRESS, NONE -> false;
    };
  }
}
