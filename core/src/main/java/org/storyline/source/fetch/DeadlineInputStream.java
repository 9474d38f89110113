package org.storyline.source.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Socket input where every read may only wait until the fetch's deadline. A server dripping one byte a
 * second never resets a per-read timeout here: each read gets what is left of the whole fetch.
 */
final class DeadlineInputStream extends FilterInputStream {

    private final Socket socket;
    private final Deadline deadline;

    DeadlineInputStream(Socket socket, InputStream in, Deadline deadline) {
        super(in);
        this.socket = socket;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        socket.setSoTimeout(deadline.remainingMillis("reading the response"));
        try {
            return in.read(buffer, offset, length);
        } catch (SocketTimeoutException e) {
            throw deadline.expired("reading the response");
        }
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }
}
