package org.kirok.vault;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shamir's secret sharing over GF(2^8) (A. Shamir, "How to share a secret", CACM 22(11), 1979): any
 * {@code threshold} of the shares rebuild the secret, fewer reveal nothing about it. Used to split a backup of the
 * vault keys among trusted people (2 of 3, as Martus did). Field arithmetic uses the AES polynomial
 * x^8 + x^4 + x^3 + x + 1. Stateless, thread-safe.
 */
public final class Shamir {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] EXP = new int[512];
    private static final int[] LOG = new int[256];

    static {
        int x = 1;
        for (int i = 0; i < 255; i++) {
            EXP[i] = x;
            LOG[x] = i;
            x = multiplySlow(x, 3);
        }
        for (int i = 255; i < 512; i++) {
            EXP[i] = EXP[i - 255];
        }
    }

    private Shamir() {
    }

    /** One share: its x coordinate (1..255) and the y value for every byte of the secret. */
    public record Share(int index, byte[] data) {
        public Share {
            if (index < 1 || index > 255) {
                throw new IllegalArgumentException("a share index is 1 to 255, got " + index);
            }
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    public static List<Share> split(byte[] secret, int shares, int threshold) {
        if (threshold < 2 || threshold > shares || shares > 255) {
            throw new IllegalArgumentException("need 2 <= threshold <= shares <= 255, got threshold " + threshold
                    + " of " + shares);
        }
        byte[][] ys = new byte[shares][secret.length];
        int[] coefficients = new int[threshold];
        for (int b = 0; b < secret.length; b++) {
            coefficients[0] = secret[b] & 0xff;
            for (int c = 1; c < threshold; c++) {
                coefficients[c] = RANDOM.nextInt(256);
            }
            for (int s = 0; s < shares; s++) {
                ys[s][b] = (byte) evaluate(coefficients, s + 1);
            }
        }
        List<Share> out = new ArrayList<>();
        for (int s = 0; s < shares; s++) {
            out.add(new Share(s + 1, ys[s]));
        }
        return out;
    }

    /** Rebuilds the secret from at least the threshold number of distinct shares (Lagrange interpolation at 0). */
    public static byte[] combine(List<Share> shares) {
        if (shares.size() < 2) {
            throw new IllegalArgumentException("at least two shares are needed");
        }
        Set<Integer> indices = new HashSet<>();
        int length = shares.get(0).data().length;
        for (Share share : shares) {
            if (!indices.add(share.index())) {
                throw new IllegalArgumentException("share " + share.index() + " was given twice");
            }
            if (share.data().length != length) {
                throw new IllegalArgumentException("the shares have different lengths: they belong to different secrets");
            }
        }
        byte[] secret = new byte[length];
        for (int b = 0; b < length; b++) {
            int value = 0;
            for (Share i : shares) {
                int basis = 1;
                for (Share j : shares) {
                    if (i.index() != j.index()) {
                        basis = multiply(basis, divide(j.index(), j.index() ^ i.index()));
                    }
                }
                value ^= multiply(i.data()[b] & 0xff, basis);
            }
            secret[b] = (byte) value;
        }
        return secret;
    }

    private static int evaluate(int[] coefficients, int x) {
        int result = 0;
        for (int c = coefficients.length - 1; c >= 0; c--) {
            result = multiply(result, x) ^ coefficients[c];
        }
        return result;
    }

    static int multiply(int a, int b) {
        return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
    }

    static int divide(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("division by zero in GF(256)");
        }
        return a == 0 ? 0 : EXP[LOG[a] + 255 - LOG[b]];
    }

    private static int multiplySlow(int a, int b) {
        int product = 0;
        while (b != 0) {
            if ((b & 1) != 0) {
                product ^= a;
            }
            a <<= 1;
            if ((a & 0x100) != 0) {
                a ^= 0x11b;
            }
            b >>= 1;
        }
        return product;
    }
}
