package org.storyline.store;

/**
 * A story's current version and the analysis stored for it (the body is opaque here: the store knows no stage).
 *
 * @param storyVersion    the story's version now
 * @param analysedVersion the version the stored analysis was computed for, or -1 when none is stored
 * @param format          the stored analysis's format, or -1
 * @param body            the stored analysis, or null
 */
public record StoredAnalysis(long storyVersion, long analysedVersion, int format, String body) {

    /** True when an analysis is stored for the story as it is now, in {@code currentFormat}. */
    public boolean isCurrent(int currentFormat) {
        return body != null && analysedVersion == storyVersion && format == currentFormat;
    }
}
