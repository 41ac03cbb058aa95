package org.kirok.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A download's Content-Disposition: always "attachment" (a published file is saved, never rendered in the portal's
 * origin), with an ASCII fallback name and the real name in UTF-8 per RFC 6266 and RFC 8187.
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
