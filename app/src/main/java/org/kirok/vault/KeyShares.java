package org.kirok.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backup of the key file split into share files (Shamir, e.g. 2 of 3) for different people to keep, and put back
 * together. Each share names the set it belongs to, the threshold, and a checksum of the key file, so that
 * combining says clearly when shares do not belong together or too few were given.
 */
public final class KeyShares {
    private static final String MAGIC = "kirok-key-share 1";

    private KeyShares() {
    }

    public static List<Path> split(Path keyFile, int shares, int threshold, Path directory) {
        try {
            byte[] secret = Files.readAllBytes(keyFile);
            String checksum = HexFormat.of().formatHex(sha256(secret));
            String set = checksum.substring(0, 12);
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            for (Shamir.Share share : Shamir.split(secret, shares, threshold)) {
                Path file = directory.resolve("kirok-key-share-" + set + "-" + share.index() + "-of-" + shares + ".txt");
                String text = MAGIC + "\nset=" + set + "\nthreshold=" + threshold + "\nshares=" + shares + "\nindex="
                        + share.index() + "\nchecksum=" + checksum + "\ndata=" + Base64.getEncoder().encodeToString(share.data()) + "\n";
                Files.deleteIfExists(file);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, text);
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split the key file: " + e.getMessage(), e);
        }
    }

    /** Rebuilds the key file's bytes from share files, checking that they belong together and suffice. */
    public static byte[] combine(List<Path> files) {
        List<Shamir.Share> shares = new ArrayList<>();
        String set = null;
        String checksum = null;
        int threshold = 0;
        for (Path file : files) {
            Map<String, String> fields = read(file);
            if (set != null && !set.equals(fields.get("set"))) {
                throw new IllegalArgumentException(file + " belongs to another set of shares (" + fields.get("set")
                        + ", not " + set + ")");
            }
            set = fields.get("set");
            checksum = fields.get("checksum");
            threshold = Integer.parseInt(fields.get("threshold"));
            shares.add(new Shamir.Share(Integer.parseInt(fields.get("index")), Base64.getDecoder().decode(fields.get("data"))));
        }
        if (shares.size() < threshold) {
            throw new IllegalArgumentException("these shares need " + threshold + " of them; only " + shares.size() + " given");
        }
        byte[] secret = Shamir.combine(shares);
        if (!HexFormat.of().formatHex(sha256(secret)).equals(checksum)) {
            throw new IllegalArgumentException("the shares do not rebuild the key file (checksum mismatch): one is damaged");
        }
        return secret;
    }

    private static Map<String, String> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
                throw new IllegalArgumentException(file + " is not a Kirok key share");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            for (String required : List.of("set", "threshold", "index", "checksum", "data")) {
                if (!fields.containsKey(required)) {
                    throw new IllegalArgumentException(file + " lacks '" + required + "': it is damaged");
                }
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
