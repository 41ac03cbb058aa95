package org.kirok.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every regular file under a folder searched for protected strings as raw UTF-8 bytes — what an adversary with the
 * disk and {@code grep -r} gets. Thousands of strings are found in one pass per file: the first six bytes of every
 * string are indexed, a window of six bytes slides over the file, and a full comparison runs only where a window
 * matches (the fixed-prefix variant of Karp and Rabin, "Efficient randomized pattern-matching algorithms", IBM J.
 * Res. Dev. 31(2), 1987).
 */
record DiskScan(int filesScanned, boolean controlFound, List<String> hits) {
    private static final int PREFIX = 6;

    static DiskScan of(Path root, List<String> secrets, String control) throws IOException {
        Map<Long, List<Integer>> index = new HashMap<>();
        List<byte[]> needles = new ArrayList<>();
        for (String secret : secrets) {
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < PREFIX) {
                throw new IllegalArgumentException("too short to scan for without false hits: " + secret);
            }
            index.computeIfAbsent(prefix(bytes, 0), k -> new ArrayList<>()).add(needles.size());
            needles.add(bytes);
        }
        byte[] controlBytes = control.getBytes(StandardCharsets.UTF_8);
        TreeSet<String> hits = new TreeSet<>();
        boolean controlFound = false;
        int files = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] content = read(file);
                files++;
                controlFound |= indexOf(content, controlBytes) >= 0;
                long window = 0;
                for (int i = 0; i < content.length; i++) {
                    window = ((window << 8) | (content[i] & 0xff)) & 0xFFFF_FFFF_FFFFL;
                    if (i + 1 < PREFIX) {
                        continue;
                    }
                    List<Integer> candidates = index.get(window);
                    if (candidates != null) {
                        int start = i + 1 - PREFIX;
                        for (int n : candidates) {
                            byte[] needle = needles.get(n);
                            if (start + needle.length <= content.length
                                    && Arrays.equals(content, start, start + needle.length, needle, 0, needle.length)) {
                                hits.add(secrets.get(n) + " in " + root.relativize(file));
                            }
                        }
                    }
                }
            }
        }
        return new DiskScan(files, controlFound, List.copyOf(hits));
    }

    private static long prefix(byte[] bytes, int from) {
        long key = 0;
        for (int i = from; i < from + PREFIX; i++) {
            key = (key << 8) | (bytes[i] & 0xff);
        }
        return key;
    }

    private static int indexOf(byte[] content, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // a file PostgreSQL removed while we walked
        }
    }
}
