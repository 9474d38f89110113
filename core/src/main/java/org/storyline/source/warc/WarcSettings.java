package org.storyline.source.warc;

/**
 * Limits for {@link WarcReader}.
 *
 * @param maxBodyBytes a response body larger than this, stored or once decompressed, is skipped with
 *                     {@link WarcItem.Reason#TOO_LARGE}; it is also the most memory one record can take
 * @param maxFailures  after this many problems with the file itself the reader gives up on it (a file that is
 *                     corrupt throughout would otherwise give one report per damaged member)
 */
public record WarcSettings(int maxBodyBytes, int maxFailures) {

    public WarcSettings {
        if (maxBodyBytes < 1024 || maxBodyBytes > 512 * 1024 * 1024) {
            throw new IllegalArgumentException("warc: maxBodyBytes must be between 1 KiB and 512 MiB: " + maxBodyBytes);
        }
        if (maxFailures < 1) {
            throw new IllegalArgumentException("warc: maxFailures must be at least 1: " + maxFailures);
        }
    }

    /** 16 MiB per body (news pages are rarely over 2 MiB), 100 problems per file. */
    public static WarcSettings defaults() {
        return new WarcSettings(16 * 1024 * 1024, 100);
    }
}
