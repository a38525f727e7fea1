package ccsim.core.message;

import java.util.AbstractCollection;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * T-Library's key-value list (TKVList): the attributes and user data of a CTI message, and the fields
 * of an IVR Server message. An immutable map of a few string pairs kept in the order given, which is
 * also the order a trace shows them in. A lookup scans the pairs, comparing keys by identity first: the
 * keys are the protocol's constants, so the first pass nearly always finds them, with no hashing and
 * none of {@code Map.of}'s division per probe (a busy day looks up some eight million attributes).
 *
 * <p>Most lists hold one or two pairs: those live in the object's own fields, the rest in an array. A
 * list of two pairs is one object of 32 bytes instead of a map and its array of 56 (a busy day makes
 * some eight million lists); so it implements {@link Map} itself rather than extend
 * {@code AbstractMap}, whose two cached views would add 8 bytes to each.
 */
public final class KvList implements Map<String, String> {
    public static final KvList EMPTY = new KvList(null, null, null, null, null);

    /** The first two pairs (null keys when absent) and the pairs after them, keys at even positions. */
    private final String k0;
    private final String v0;
    private final String k1;
    private final String v1;
    private final String[] rest;

    private KvList(String k0, String v0, String k1, String v1, String[] rest) {
        this.k0 = k0;
        this.v0 = v0;
        this.k1 = k1;
        this.v1 = v1;
        this.rest = rest;
    }

    public static KvList of(String k1, String v1) {
        check(k1, v1);
        return new KvList(k1, v1, null, null, null);
    }

    public static KvList of(String k1, String v1, String k2, String v2) {
        check(k1, v1);
        check(k2, v2);
        distinct(k1, k2);
        return new KvList(k1, v1, k2, v2, null);
    }

    public static KvList of(String k1, String v1, String k2, String v2, String k3, String v3) {
        return of(new String[] {k1, v1, k2, v2, k3, v3});
    }

    public static KvList of(String k1, String v1, String k2, String v2, String k3, String v3, String k4, String v4) {
        return of(new String[] {k1, v1, k2, v2, k3, v3, k4, v4});
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
        return of(pairs);
    }

    /** As {@code Map.of}: no null key or value, no key twice. */
    private static KvList of(String[] pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            check(pairs[i], pairs[i + 1]);
            // a handful of pairs: comparing each with the ones before costs less than hashing them
            for (int j = 0; j < i; j += 2) {
                distinct(pairs[j], pairs[i]);
            }
        }
        if (pairs.length <= 4) {
            return new KvList(pairs[0], pairs[1], pairs.length > 2 ? pairs[2] : null, pairs.length > 2 ? pairs[3] : null,
                    null);
        }
        String[] rest = new String[pairs.length - 4];
        System.arraycopy(pairs, 4, rest, 0, rest.length);
        return new KvList(pairs[0], pairs[1], pairs[2], pairs[3], rest);
    }

    private static void check(String key, String value) {
        Objects.requireNonNull(key, "key");
        if (value == null) {
            throw new NullPointerException("value of " + key);
        }
    }

    private static void distinct(String key, String other) {
        if (key.equals(other)) {
            throw new IllegalArgumentException("duplicate key: " + other);
        }
    }

    /** The key of pair {@code i}, in the order given. */
    private String key(int i) {
        return i == 0 ? k0 : i == 1 ? k1 : rest[2 * (i - 2)];
    }

    /** The value of pair {@code i}, in the order given. */
    private String value(int i) {
        return i == 0 ? v0 : i == 1 ? v1 : rest[2 * (i - 2) + 1];
    }

    /** The pair of {@code key}, or -1: by identity first, then by text. */
    private int indexOf(Object key) {
        if (k0 == key && key != null) {
            return 0;
        }
        if (k1 == key && key != null) {
            return 1;
        }
        int n = size();
        for (int i = 2; i < n; i++) {
            if (key(i) == key) {
                return i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (key(i).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : value(i);
    }

    @Override
    public String getOrDefault(Object key, String defaultValue) {
        int i = indexOf(key);
        return i < 0 ? defaultValue : value(i);
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (int i = 0; i < size(); i++) {
            if (value(i).equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return k0 == null ? 0 : k1 == null ? 1 : 2 + (rest == null ? 0 : rest.length / 2);
    }

    @Override
    public boolean isEmpty() {
        return k0 == null;
    }

    @Override
    public String put(String key, String value) {
        throw immutable();
    }

    @Override
    public String remove(Object key) {
        throw immutable();
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> m) {
        throw immutable();
    }

    @Override
    public void clear() {
        throw immutable();
    }

    private static UnsupportedOperationException immutable() {
        return new UnsupportedOperationException("a KvList cannot change");
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return pairs(i -> new SimpleImmutableEntry<>(key(i), value(i)));
            }

            @Override
            public int size() {
                return KvList.this.size();
            }
        };
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return pairs(KvList.this::key);
            }

            @Override
            public boolean contains(Object key) {
                return containsKey(key);
            }

            @Override
            public int size() {
                return KvList.this.size();
            }
        };
    }

    @Override
    public Collection<String> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<String> iterator() {
                return pairs(KvList.this::value);
            }

            @Override
            public int size() {
                return KvList.this.size();
            }
        };
    }

    /** Something of each pair, in the order given: what the views iterate over. */
    private <T> Iterator<T> pairs(IntFunction<T> part) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return part.apply(next++);
            }
        };
    }

    /** Equal to any map of the same pairs, as {@link Map#equals} has it. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> m) || m.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (!value(i).equals(m.get(key(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The sum of the pairs' hashes, as {@link Map#hashCode} has it. */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < size(); i++) {
            h += key(i).hashCode() ^ value(i).hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < size(); i++) {
            s.append(i == 0 ? "" : ", ").append(key(i)).append('=').append(value(i));
        }
        return s.append('}').toString();
    }
}
