package dev.gen.target.charm;

import dev.gen.target.charm.charmhub.CharmhubCharm;

/**
 * A service deployed from a maintained Charmhub charm instead of a generated one (juju.md §5).
 *
 * @param service the compose service it replaces
 * @param appName the application name: the service's safe name, as a generated charm's application would have
 * @param row the table row of the charm
 * @param charm the Charmhub charm name
 * @param channel the channel to deploy from
 * @param base the base to deploy on, or null for the charm's default
 * @param trust true when the charm needs {@code --trust}
 * @param scale how many units ({@code deploy.replicas})
 * @param why how it was chosen, for the README ({@code x-juju hint} or {@code --use-charmhub})
 */
public record CharmhubApp(
    String service,
    String appName,
    CharmhubCharm row,
    String charm,
    String channel,
    String base,
    boolean trust,
    int scale,
    String why) {}
