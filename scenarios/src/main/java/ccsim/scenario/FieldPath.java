package ccsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A field's place in a scenario, written as on the command line ({@code ipcs[0].ports}) and
 * convertible to the JSON Pointer ({@code /ipcs/0/ports}) the loader keys locations by.
 */
public record FieldPath(List<Object> segments) implements java.io.Serializable {
    /** The segment {@code [*]}: every item of a list (in overrides and sweeps). */
    public static final String EVERY = "[*]";

    public FieldPath {
        segments = List.copyOf(segments);
    }

    public static FieldPath root() {
        return new FieldPath(List.of());
    }

    /** Parses {@code a.b[2].c}. */
    public static FieldPath parse(String text) {
        List<Object> segments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '.') {
                i++;
            } else if (ch == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed [ in '" + text + "'");
                }
                String inside = text.substring(i + 1, close);
                if (inside.equals("*")) {
                    segments.add(EVERY);
                } else {
                    int index;
                    try {
                        index = Integer.parseInt(inside);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("expected a number or * inside [] in '" + text + "'", e);
                    }
                    if (index < 0) {
                        throw new IllegalArgumentException("a list index counts from 0; [" + inside + "] in '" + text
                                + "'");
                    }
                    segments.add(index);
                }
                i = close + 1;
            } else {
                int end = i;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                segments.add(text.substring(i, end));
                i = end;
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("empty field path");
        }
        return new FieldPath(segments);
    }

    public FieldPath field(String name) {
        List<Object> s = new ArrayList<>(segments);
        s.add(name);
        return new FieldPath(s);
    }

    public FieldPath index(int i) {
        List<Object> s = new ArrayList<>(segments);
        s.add(i);
        return new FieldPath(s);
    }

    public String pointer() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            b.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    /** True when this path lies under {@code prefix}; a {@code [*]} in the prefix matches any index. */
    public boolean startsWith(FieldPath prefix) {
        if (segments.size() < prefix.segments.size()) {
            return false;
        }
        for (int i = 0; i < prefix.segments.size(); i++) {
            Object p = prefix.segments.get(i);
            Object s = segments.get(i);
            if (!(p.equals(s) || EVERY.equals(p) && s instanceof Integer)) {
                return false;
            }
        }
        return true;
    }

    /** True when the two paths can name the same field, or one a field under the other; [*] matches any index. */
    public boolean overlaps(FieldPath other) {
        for (int i = 0; i < Math.min(segments.size(), other.segments.size()); i++) {
            Object a = segments.get(i);
            Object b = other.segments.get(i);
            if (!(a.equals(b) || EVERY.equals(a) && b instanceof Integer || EVERY.equals(b) && a instanceof Integer)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else if (EVERY.equals(s)) {
                b.append(EVERY);
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(s);
            }
        }
        return b.toString();
    }
}
