package org.storyline.embed;

/**
 * Keeps the DJL library (the tokenizer under the sentence embedder) off the network.
 *
 * <p>At its first use DJL's {@code Ec2Utils.callHome} asks the cloud metadata service at 169.254.169.254 for an
 * IMDSv2 token, the instance id and the region, then reports the instance id to DJL's telemetry. Storyline
 * contacts nothing but what its user configured, so the opt-outs DJL documents ({@code OPT_OUT_TRACKING} and its
 * offline mode, which also stops any download of native libraries or models) are set as system properties
 * before any DJL class loads: {@link SentenceEmbedder} applies them in its static initialiser, and the command
 * line applies them first thing in {@code main}. A value the user set explicitly is left alone.
 *
 * <pre>{@code
 * DjlOptOut.apply();   // idempotent, cheap
 * }</pre>
 */
public final class DjlOptOut {

    /** DJL reads each of these through {@code System.getenv} first, then {@code System.getProperty}. */
    private static final String[] SWITCHES = {"OPT_OUT_TRACKING", "offline", "ai.djl.offline"};

    private DjlOptOut() {
    }

    /** Sets DJL's tracking opt-out and offline mode, unless already set. */
    public static void apply() {
        for (String name : SWITCHES) {
            if (System.getProperty(name) == null) {
                System.setProperty(name, "true");
            }
        }
    }
}
