package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser with its own cookies, connecting from its own loopback address (127.0.0.x), as the probe did. */
final class Visitor {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;

    Visitor(String base, int address) throws Exception {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(InetAddress.getByAddress(new byte[] {127, 0, 9, (byte) address})).build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signIn(String name, String password) throws Exception {
        return post("/signin", Map.of("name", name, "password", password));
    }

    /** A form post carrying this site's token, as its pages' forms send it. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrf", csrf());
        String body = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf() throws Exception {
        if (cookie() == null) {
            Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get("/signin").body());
            assertThat(token.find()).isTrue();
        }
        return cookie();
    }

    private String cookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("storyline_csrf"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
