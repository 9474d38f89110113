package org.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.storyline.source.fetch.FetchResult;
import org.storyline.source.fetch.Fetched;
import org.storyline.source.fetch.Fetcher;
import org.storyline.source.fetch.Validators;

/**
 * Article thumbnails through the server, so a reader's browser never contacts a publisher's image host: {@code
 * /image/{signature}/{address}} fetches the address with the safe {@link Fetcher} (public addresses only on every
 * redirect, a deadline, a {@value #MAX_BYTES}-byte cap), accepts only what decodes as a JPEG, PNG or GIF of at most
 * {@value #MAX_PIXELS} pixels, and answers a re-encoded thumbnail at most {@value #WIDTH} px wide with {@code
 * Content-Security-Policy: default-src 'none'}. Addresses are signed with HMAC-SHA256 under a key made at start,
 * so the route is not an open proxy: it serves only addresses this server put on its own pages. After Miniflux's
 * media proxy ({@code internal/mediaproxy}), which signs URLs the same way.
 *
 * <pre>{@code
 * String src = proxy.link(URI.create("https://example.org/lead.jpg"));  // "/image/3kd…/aHR0cHM6…"
 * }</pre>
 */
final class ImageProxy {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int WIDTH = 240;
    static final int CACHED = 256;

    private final Fetcher fetcher;
    private final byte[] key = new byte[32];
    private final Map<String, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    };

    /** @param fetcher a fetcher with the policy images are fetched under (its body cap should be {@link #MAX_BYTES}) */
    ImageProxy(Fetcher fetcher) {
        this.fetcher = fetcher;
        new SecureRandom().nextBytes(key);
    }

    /** The page-relative address of an image's thumbnail, or null for an address that is not http(s). */
    String link(URI image) {
        URI web = Links.publisherLink(image);
        if (web == null) {
            return null;
        }
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(web.toString().getBytes(StandardCharsets.UTF_8));
        return "/image/" + sign(encoded) + "/" + encoded;
    }

    /** Answers {@code /image/{signature}/{address}}. */
    void serve(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        String encoded = ctx.pathParam("address");
        if (!java.security.MessageDigest.isEqual(sign(encoded).getBytes(StandardCharsets.US_ASCII),
                ctx.pathParam("signature").getBytes(StandardCharsets.US_ASCII))) {
            refuse(ctx, HttpStatus.FORBIDDEN, "not an image address this server gave out");
            return;
        }
        byte[] thumbnail;
        synchronized (cache) {
            thumbnail = cache.get(encoded);
        }
        if (thumbnail == null) {
            Result result = thumbnail(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
            if (result.problem() != null) {
                refuse(ctx, HttpStatus.BAD_GATEWAY, result.problem());
                return;
            }
            thumbnail = result.jpeg();
            synchronized (cache) {
                cache.put(encoded, thumbnail);
            }
        }
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType("image/jpeg").result(thumbnail);
    }

    /** A re-encoded JPEG thumbnail, or why there is none. */
    record Result(byte[] jpeg, String problem) {}

    /** Fetches and re-encodes one image; never throws for bad input. */
    Result thumbnail(String address) {
        FetchResult fetched = fetcher.fetch(address, Validators.NONE);
        if (!(fetched instanceof Fetched ok)) {
            return new Result(null, "image not fetched: " + fetched);
        }
        if (ok.body().length > MAX_BYTES) {
            return new Result(null, "image larger than " + MAX_BYTES + " bytes");
        }
        try {
            BufferedImage image = decode(ok.body());
            if (image == null) {
                return new Result(null, "not a JPEG, PNG or GIF image");
            }
            return new Result(encode(scaled(image)), null);
        } catch (TooLarge e) {
            return new Result(null, "image too large: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Result(null, "image could not be read: " + e.getClass().getSimpleName());
        }
    }

    /** Decodes a JPEG, PNG or GIF after checking its size from the header, so a decompression bomb is never decoded. */
    private static BufferedImage decode(byte[] bytes) throws IOException {
        if (!(jpeg(bytes) || png(bytes) || gif(bytes))) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new TooLarge(pixels + " pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /** An image whose header declares more than {@link #MAX_PIXELS} pixels. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        int width = Math.min(WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height); // transparent pixels become white: JPEG has no alpha
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpg", out)) {
            throw new IOException("no JPEG writer");
        }
        return out.toByteArray();
    }

    private static boolean jpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    private static boolean png(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean gif(byte[] b) {
        return b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8';
    }

    private static void refuse(Context ctx, HttpStatus status, String why) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result("No image: " + why);
    }

    private String sign(String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(encoded.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("web: HMAC-SHA256 is missing from this JVM", e);
        }
    }
}
