package ccsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A field's place in a scenario, written as on the command line ({@code ipcs[0].ports}) and
 * convertible to the JSON Pointer ({@code /ipcs/0/ports}) the loader keys locations by.
 */
public record FieldPath(List<Object> segments) {

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
                try {
                    segments.add(Integer.parseInt(text.substring(i + 1, close)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a number inside [] in '" + text + "'", e);
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

    public boolean startsWith(FieldPath prefix) {
        return segments.size() >= prefix.segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                b.append('[').append(i).append(']');
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
