package org.kirok.document;

import java.util.Locale;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * The boundary of a {@code multipart/form-data} body, read from the request's {@code Content-Type}. RFC 2046
 * §5.1.1 allows 1 to 70 characters from a small set (bchars), which also guarantees the delimiter cannot contain a
 * line break and so can be searched for naively in linear time.
 */
final class MultipartBoundary {
    private static final String BCHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ";

    private MultipartBoundary() {
    }

    /** The boundary of a multipart/form-data content type; refuses anything else with what to send instead. */
    static String of(Optional<String> contentType) {
        String header = contentType.orElse("");
        String[] pieces = header.split(";");
        if (!pieces[0].strip().toLowerCase(Locale.ROOT).equals("multipart/form-data")) {
            throw new InvalidInputException("file", "send the file as multipart/form-data with a part named 'file' "
                    + "(got Content-Type '" + header + "')");
        }
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            int equals = piece.indexOf('=');
            if (equals > 0 && piece.substring(0, equals).strip().equalsIgnoreCase("boundary")) {
                String value = piece.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return requireValid(value);
            }
        }
        throw new InvalidInputException("file", "the Content-Type multipart/form-data names no boundary");
    }

    static String requireValid(String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70 || boundary.endsWith(" ")) {
            throw new InvalidInputException("file", "the multipart boundary must have 1 to 70 characters and not end "
                    + "with a space (got '" + boundary + "')");
        }
        for (int i = 0; i < boundary.length(); i++) {
            if (BCHARS.indexOf(boundary.charAt(i)) < 0) {
                throw new InvalidInputException("file", "the multipart boundary contains the character '"
                        + boundary.charAt(i) + "', which RFC 2046 does not allow");
            }
        }
        return boundary;
    }
}
