package org.kirok.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

/** Fetches what a link in the browser points at, with the browser's own cookies (headless Chromium keeps downloads). */
public final class BrowserDownloads {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BrowserDownloads() {
    }

    public static HttpResponse<byte[]> fetch(Browser browser, String baseUrl, String path) {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
