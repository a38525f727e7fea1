package ccsim.core.message;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * T-Library's key-value list (TKVList): the attributes and user data of a CTI message, and the fields
 * of an IVR Server message. An immutable map of a few string pairs kept in the order given, which is
 * also the order a trace shows them in. A lookup scans the pairs, comparing keys by identity first: the
 * keys are the protocol's constants, so the first pass nearly always finds them, with no hashing and
 * none of {@code Map.of}'s division per probe (a busy day looks up some eight million attributes).
 */
public final class KvList extends AbstractMap<String, String> {
    public static final KvList EMPTY = new KvList(new String[0]);

    /** Keys at even positions, each followed by its value. */
    private final String[] pairs;

    private KvList(String[] pairs) {
        this.pairs = pairs;
    }

    public static KvList of(String k1, String v1) {
        return checked(k1, v1);
    }

    public static KvList of(String k1, String v1, String k2, String v2) {
        return checked(k1, v1, k2, v2);
    }

    public static KvList of(String k1, String v1, String k2, String v2, String k3, String v3) {
        return checked(k1, v1, k2, v2, k3, v3);
    }

    public static KvList of(String k1, String v1, String k2, String v2, String k3, String v3, String k4, String v4) {
        return checked(k1, v1, k2, v2, k3, v3, k4, v4);
    }

    /** No pairs. */
    public static KvList of() {
        return EMPTY;
    }

    /** The pairs of {@code map}, in its iteration order; a KvList itself is returned as it is. */
    public static KvList copyOf(Map<String, String> map) {
        if (map instanceof KvList l) {
            return l;
        }
        if (map.isEmpty()) {
            return EMPTY;
        }
        String[] pairs = new String[2 * map.size()];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return checked(pairs);
    }

    /** As {@code Map.of}: no null key or value, no key twice. */
    private static KvList checked(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            Objects.requireNonNull(pairs[i], "key");
            if (pairs[i + 1] == null) {
                throw new NullPointerException("value of " + pairs[i]);
            }
            // a handful of pairs: comparing each with the ones before costs less than hashing them
            for (int j = 0; j < i; j += 2) {
                if (pairs[j].equals(pairs[i])) {
                    throw new IllegalArgumentException("duplicate key: " + pairs[i]);
                }
            }
        }
        return new KvList(pairs);
    }

    private int indexOf(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : pairs[i + 1];
    }

    @Override
    public String getOrDefault(Object key, String defaultValue) {
        int i = indexOf(key);
        return i < 0 ? defaultValue : pairs[i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, String> e = new SimpleImmutableEntry<>(pairs[next], pairs[next + 1]);
                        next += 2;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return pairs.length / 2;
            }
        };
    }
}
