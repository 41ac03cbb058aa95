package org.kirok.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins per account and per client address (NIST 800-63B §5.2.2: at most 100 consecutive
 * failures; we are stricter): after {@value #MAX_FAILURES} failures within the window, further attempts are
 * refused until the oldest failure leaves the window. In memory: a restart forgets, which only costs an
 * attacker a restart they cannot cause. Thread-safe.
 */
public final class LoginThrottle {
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean allowed(String username, String address) {
        return recent("u:" + username) < MAX_FAILURES && recent("a:" + address) < MAX_FAILURES * 3;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {"u:" + username, "a:" + address}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    public void succeeded(String username) {
        failures.remove("u:" + username);
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant limit = clock.instant().minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
                times.removeFirst();
            }
            return times.size();
        }
    }
}
