package org.factdesk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Counts failed sign-ins per username and per client address and refuses further attempts once either
 * reached the limit (docs/adr/0008). In memory, per node (ADR 0038: an admin's unlock reaches every node). Wrong passwords count; a success forgives that
 * username's failures, including those it made from that address, but not other usernames' failures there.
 * Every failed and refused attempt is logged at WARN with the username (made printable, cut) and the
 * address; passwords never reach this class.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Longer usernames are no valid accounts anyway; cut keys so a huge one costs no memory. */
    private static final int MAX_KEY_LENGTH = 128;
    private static final int MAX_LOGGED_LENGTH = 64;
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?");

    private final SignInThrottleSettings settings;
    private final Clock clock;
    private final Tracker byUsername;
    private final Tracker byAddress;

    /** Tells the other nodes of an admin's unlock (ADR 0038); counts and locks stay per node. */
    private final ApplicationEventPublisher events;

    /** The application's Clock if it has one (tests move it), else the system's. */
    @Autowired
    SignInThrottle(SignInThrottleSettings settings, ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
        this(settings, clock.getIfAvailable(Clock::systemUTC), events);
    }

    SignInThrottle(SignInThrottleSettings settings, Clock clock) {
        this(settings, clock, event -> { });
    }

    private SignInThrottle(SignInThrottleSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.byUsername = new Tracker();
        this.byAddress = new Tracker();
    }

    /** Refuses the attempt (before any password is checked) while the username or the address is locked. */
    public synchronized void check(String username, String address) throws SignInLockedException {
        Instant now = clock.instant();
        Instant until = later(byUsername.lockedUntil(key(username), now), byAddress.lockedUntil(addressKey(address), now));
        if (until != null) {
            log.warn("Sign-in refused, locked until {}: user '{}' from {}", seconds(until), printable(username),
                    printable(address));
            throw new SignInLockedException(until);
        }
    }

    /** A wrong password (or an unknown username): counts for both the username and the address. */
    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        Instant userLock = byUsername.fail(key(username), key(username), now);
        Instant addressLock = address == null ? null : byAddress.fail(addressKey(address), key(username), now);
        Instant until = later(userLock, addressLock);
        log.warn("Sign-in failed: user '{}' from {}{}", printable(username), printable(address),
                until == null ? "" : "; further attempts refused until " + seconds(until));
    }

    /** Any other refusal (e.g. a deactivated account): logged, not counted, as no password was tried. */
    public void refused(String username, String address, String reason) {
        log.warn("Sign-in refused ({}): user '{}' from {}", printable(reason), printable(username), printable(address));
    }

    /** Signed in: that username starts afresh, and its own failures no longer count against the address. */
    public synchronized void succeeded(String username, String address) {
        byUsername.remove(key(username));
        if (address != null) {
            byAddress.forgive(addressKey(address), key(username), clock.instant());
        }
    }

    /**
     * Usernames that cannot sign in now, with the time their lock ends: locked themselves, or with failures
     * of their own at an address that is locked now (the user's own desk, as they see it: unlocking them
     * forgives those failures too).
     */
    public synchronized Map<String, Instant> lockedUsernames() {
        Instant now = clock.instant();
        Map<String, Instant> locked = new TreeMap<>();
        byUsername.entries.forEach((username, entry) -> {
            if (entry.lockedAt(now)) {
                locked.put(username, entry.lockedUntil);
            }
        });
        byAddress.entries.values().forEach(entry -> {
            if (entry.lockedAt(now)) {
                entry.failures.forEach(failure -> locked.merge(failure.username(), entry.lockedUntil, SignInThrottle::later));
            }
        });
        return locked;
    }

    /**
     * An admin lets the user try again: the username's failures are forgotten, everywhere, and an address
     * that was locked by them (the others' failures there staying below the limit) opens again. Returns
     * whether the username was locked.
     */
    public boolean unlock(String username) {
        boolean wasLocked = unlockHere(username);
        // The user may be locked on another node too (counts are per node): it unlocks there as well.
        events.publishEvent(new SignInUnlocked(key(username)));
        return wasLocked;
    }

    /** An admin unlocked the user on another node (or on this one: then there is nothing left to forget). */
    @EventListener
    void on(SignInUnlocked event) {
        unlockHere(event.username());
    }

    private synchronized boolean unlockHere(String username) {
        Instant now = clock.instant();
        String key = key(username);
        boolean wasLocked = lockedUsernames().containsKey(key);
        byUsername.remove(key);
        for (String address : byAddress.entries.keySet().toArray(String[]::new)) {
            byAddress.forgive(address, key, now);
        }
        return wasLocked;
    }

    /** How long a lock still lasts, from this throttle's clock. */
    public Duration remaining(Instant lockedUntil) {
        Duration left = Duration.between(clock.instant(), lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** How many usernames and addresses are tracked (for tests of the memory bound). */
    synchronized int trackedKeys() {
        return byUsername.entries.size() + byAddress.entries.size();
    }

    private static String key(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > MAX_KEY_LENGTH ? value.substring(0, MAX_KEY_LENGTH) : value;
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its /64 network, which one subscriber usually holds whole
     * and could otherwise walk through to escape the per-address count.
     */
    static String addressKey(String address) {
        if (address == null) {
            return "";
        }
        // Only literals get parsed (a name would cost a DNS lookup): hex digits, colons, dots, a zone.
        if (address.indexOf(':') >= 0 && IPV6_LITERAL.matcher(address).matches()) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    StringBuilder network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(Integer.toHexString((bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff))).append(':');
                    }
                    return network.append(":/64").toString();
                }
            } catch (UnknownHostException notAnAddress) {
                // counted as given below
            }
        }
        return key(address);
    }

    /** For the log: no line breaks or other control characters (log forging), and not too long. */
    static String printable(String value) {
        if (value == null) {
            return "-";
        }
        String clean = value.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
        return clean.length() > MAX_LOGGED_LENGTH ? clean.substring(0, MAX_LOGGED_LENGTH) + "…" : clean;
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private record Failure(Instant at, String username) {
    }

    /** Recent failures of one username or one address, and the end of its lock if it has one. */
    private final class Entry {
        private final ArrayDeque<Failure> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        void dropOld(Instant now) {
            Instant windowStart = now.minus(settings.window());
            while (!failures.isEmpty() && !failures.peekFirst().at().isAfter(windowStart)) {
                failures.removeFirst();
            }
        }

        boolean expired(Instant now) {
            dropOld(now);
            return failures.isEmpty() && !lockedAt(now);
        }
    }

    /**
     * Entries by key, least recently touched first. Bounded: when full, expired entries go first, then the
     * least recently touched counts that hold no lock, then locks (an attacker flooding names from many
     * addresses could push a victim's count out; see the ADR).
     */
    private final class Tracker {
        private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
        private Instant lastSweep = Instant.EPOCH;

        Instant lockedUntil(String key, Instant now) {
            Entry entry = entries.get(key);
            return entry != null && entry.lockedAt(now) ? entry.lockedUntil : null;
        }

        /** Records a failure; returns the lock's end if this key is locked now. */
        Instant fail(String key, String username, Instant now) {
            sweepNowAndThen(now);
            Entry entry = entries.get(key);
            if (entry == null) {
                makeRoom(now);
                entry = new Entry();
                entries.put(key, entry);
            }
            entry.dropOld(now);
            entry.failures.addLast(new Failure(now, username));
            while (entry.failures.size() > settings.maxFailures()) {
                entry.failures.removeFirst();
            }
            if (entry.failures.size() >= settings.maxFailures()) {
                entry.lockedUntil = now.plus(settings.lockDuration());
            }
            return entry.lockedAt(now) ? entry.lockedUntil : null;
        }

        /** Forgets that username's failures under this key; the key opens again when the rest stay below the limit. */
        void forgive(String key, String username, Instant now) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return;
            }
            entry.failures.removeIf(failure -> Objects.equals(failure.username(), username));
            entry.dropOld(now);
            if (entry.failures.size() < settings.maxFailures()) {
                entry.lockedUntil = null;
            }
            if (entry.expired(now)) {
                entries.remove(key);
            }
        }

        void remove(String key) {
            entries.remove(key);
        }

        private void makeRoom(Instant now) {
            if (entries.size() < settings.maxTracked()) {
                return;
            }
            sweep(now);
            // Counts not yet locked go first, least recently touched first; locks in force only if need be.
            for (boolean evenLocked : new boolean[]{false, true}) {
                Iterator<Entry> leastRecent = entries.values().iterator();
                while (entries.size() >= settings.maxTracked() && leastRecent.hasNext()) {
                    Entry entry = leastRecent.next();
                    if (evenLocked || !entry.lockedAt(now)) {
                        leastRecent.remove();
                    }
                }
            }
        }

        /** Expired entries go at the latest one window after they expired, so idle memory shrinks too. */
        private void sweepNowAndThen(Instant now) {
            if (Duration.between(lastSweep, now).compareTo(settings.window()) > 0) {
                sweep(now);
            }
        }

        private void sweep(Instant now) {
            entries.values().removeIf(entry -> entry.expired(now));
            lastSweep = now;
        }
    }
}
