package ccsim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * An SSJ event list for models whose events mostly fall due within a few seconds: a timing wheel of
 * {@value #BUCKETS} buckets of 1/128 s covering the next 4 s, and a 4-ary heap for events beyond.
 * Scheduling into the wheel appends to a bucket; a bucket is sorted when the clock reaches it, and
 * events from the heap move into the wheel as it turns. A contact center's events are mostly network
 * latencies of a millisecond or two and protocol timers of seconds: they never touch the heap, and
 * the cost per event no longer grows with the thousands of calls' timers pending (SSJ's
 * {@code BinaryTree}, an unbalanced search tree, and a plain heap both spent a fifth of a busy-day
 * run ordering events).
 *
 * <p>Events run in the order of time, then priority, then scheduling, exactly as in SSJ's lists, so
 * results do not depend on the list. Keys live in a primitive array, a block per event's handle, and
 * buckets and heap hold handles: ordering never dereferences an event nor stores a reference (whose
 * garbage-collector write barrier would cost more than the comparison). An {@link Engine.Timer}
 * keeps its handle, so cancelling it is O(1) in the wheel and O(log n) in the heap; any other event is
 * found by a search (ccsim cancels only timers).
 *
 * <p>Inserting relative to another event ({@link #addBefore}, {@link #addAfter}) is not supported:
 * the scheduling order is a counter, with no room between two events; ccsim never schedules that way.
 */
final class EventWheel implements EventList {
    // 1/128 s holds a few of a busy center's millisecond latencies: 512 small buckets that stay in the
    // processor's cache beat 4,096 of 1/1024 s, mostly empty, each touched once per turn (3-24% in three
    // runs of busy-day), and sorting a handful of events as the clock reaches their bucket costs little
    private static final int BUCKETS = 512;
    private static final double BUCKETS_PER_SECOND = 128;
    private static final int ARITY = 4;
    private static final int INSERTION_SORT_MAX = 16;
    private static final int NONE = -1;
    /** {@link #where} of an event in the far heap. */
    private static final int FAR = -2;

    // per handle: the event, and its keys side by side in one block of KEY_STRIDE longs (time and
    // priority as double bits, scheduling order, bucket or FAR and the position there), so that
    // scheduling, ordering and releasing an event read one cache line of keys, not six arrays'
    private static final int KEY_STRIDE = 4;
    private Event[] events = new Event[1024];
    private long[] keys = new long[1024 * KEY_STRIDE];
    private int[] freeHandles = new int[1024];
    private int free;
    private int handles;
    private long scheduled;
    private int size;

    // the wheel: bucket (absolute) current is open, sorted from head on; the others are unsorted
    private final int[][] bucket = new int[BUCKETS][];
    private final int[] count = new int[BUCKETS];
    /** One bit per bucket that holds an event, so that turning the wheel skips empty buckets. */
    private final long[] occupied = new long[BUCKETS / 64];
    private long current;
    private int head;
    private int inWheel;

    // the heap of events due at or after the wheel's end, (current + BUCKETS) / 128 s
    private int[] heap = new int[256];
    private int heapSize;
    private int[] scratch = new int[0];

    EventWheel() {
        for (int i = 0; i < BUCKETS; i++) {
            bucket[i] = new int[4];
        }
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void clear() {
        while (size > 0) {
            removeFirst();
        }
    }

    @Override
    public void add(Event ev) {
        int h = newHandle();
        events[h] = ev;
        if (ev instanceof Engine.Timer t) {
            t.handle = h;
        }
        int k = h * KEY_STRIDE;
        keys[k] = Double.doubleToRawLongBits(ev.time());
        keys[k + 1] = Double.doubleToRawLongBits(ev.priority());
        keys[k + 2] = scheduled++;
        size++;
        place(h);
    }

    /** SSJ's {@code scheduleNext}: the event has the current time and priority 0, so it comes first. */
    @Override
    public void addFirst(Event ev) {
        add(ev);
    }

    @Override
    public void addBefore(Event ev, Event other) {
        throw new UnsupportedOperationException(
                "the WHEEL event list keeps no room between two scheduled events; use BINARY_TREE");
    }

    @Override
    public void addAfter(Event ev, Event other) {
        throw new UnsupportedOperationException(
                "the WHEEL event list keeps no room between two scheduled events; use BINARY_TREE");
    }

    @Override
    public Event getFirst() {
        if (size == 0) {
            return null;
        }
        int i = openHead();
        return events[bucket[ring(current)][i]];
    }

    @Override
    public Event getFirstOfClass(String cl) {
        for (Event e : inOrder()) {
            if (e.getClass().getName().equals(cl)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public <E extends Event> E getFirstOfClass(Class<E> cl) {
        for (Event e : inOrder()) {
            if (e.getClass() == cl) {
                return cl.cast(e);
            }
        }
        return null;
    }

    /** The events in the order they will run; a snapshot that cannot change the list. */
    @Override
    public ListIterator<Event> listIterator() {
        return Collections.unmodifiableList(inOrder()).listIterator();
    }

    @Override
    public Iterator<Event> iterator() {
        return listIterator();
    }

    @Override
    public boolean remove(Event ev) {
        int h = handleOf(ev);
        if (h == NONE) {
            return false;
        }
        if (where(h) == FAR) {
            removeFromHeap(pos(h));
        } else {
            removeFromWheel(h);
        }
        release(h);
        return true;
    }

    @Override
    public Event removeFirst() {
        if (size == 0) {
            return null;
        }
        int i = openHead();
        int h = bucket[ring(current)][i];
        head = i + 1;
        inWheel--;
        Event first = events[h];
        release(h);
        return first;
    }

    /** The position of the first event of the open bucket, turning the wheel until there is one. */
    private int openHead() {
        while (true) {
            int b = ring(current);
            int[] members = bucket[b];
            while (head < count[b] && members[head] == NONE) {
                head++;
            }
            if (head < count[b]) {
                return head;
            }
            count[b] = 0;
            occupied[b >>> 6] &= ~(1L << b);
            head = 0;
            current = inWheel == 0 ? bucketOf(time(heap[0])) : current + distanceToNextOccupied(b);
            pullFromHeap();
            sort(ring(current));
        }
    }

    /**
     * How many buckets on from {@code b} (exclusive) the next one holding an event is; the wheel holds
     * one. The heap's events all fall after it, so none is skipped by turning that far at once.
     */
    private int distanceToNextOccupied(int b) {
        int word = b >>> 6;
        long bits = occupied[word] & (-2L << b);
        for (int step = 0; bits == 0; step++) {
            word = (word + 1) & (occupied.length - 1);
            bits = occupied[word];
            if (step > occupied.length) {
                throw new IllegalStateException("the wheel counts events it does not hold");
            }
        }
        int next = (word << 6) + Long.numberOfTrailingZeros(bits);
        return (next - b + BUCKETS) & (BUCKETS - 1);
    }

    /** Moves the heap's events that now fall within the wheel into their buckets. */
    private void pullFromHeap() {
        long end = current + BUCKETS;
        while (heapSize > 0 && bucketOf(time(heap[0])) < end) {
            int h = heap[0];
            removeFromHeap(0);
            append(h, ring(bucketOf(time(h))));
        }
    }

    private void place(int h) {
        long abs = bucketOf(time(h));
        if (abs >= current + BUCKETS) {
            pushOnHeap(h);
        } else if (abs <= current) {
            insertIntoOpen(h);
        } else {
            append(h, ring(abs));
        }
    }

    private void append(int h, int b) {
        int n = count[b];
        if (n == bucket[b].length) {
            bucket[b] = Arrays.copyOf(bucket[b], 2 * n);
        }
        bucket[b][n] = h;
        count[b] = n + 1;
        occupied[b >>> 6] |= 1L << b;
        setPlace(h, b, n);
        inWheel++;
    }

    /**
     * Into the open bucket, in order among the events still to run there. Also takes an event due in a
     * bucket the wheel has turned past without the clock moving (after {@link #getFirst}): that event
     * is due before every event in the wheel, so its sorted place here is right.
     */
    private void insertIntoOpen(int h) {
        int b = ring(current);
        append(h, b);
        int[] members = bucket[b];
        int i = count[b] - 1;
        while (i > head && (members[i - 1] == NONE || precedes(h, members[i - 1]))) {
            int moved = members[i - 1];
            members[i] = moved;
            if (moved != NONE) {
                setPos(moved, i);
            }
            i--;
        }
        members[i] = h;
        setPos(h, i);
    }

    private void removeFromWheel(int h) {
        int b = where(h);
        int i = pos(h);
        if (b == ring(current)) {
            bucket[b][i] = NONE;
        } else {
            int last = --count[b];
            int moved = bucket[b][last];
            bucket[b][i] = moved;
            setPos(moved, i);
            if (last == 0) {
                occupied[b >>> 6] &= ~(1L << b);
            }
        }
        inWheel--;
    }

    /**
     * Sorts a bucket as the clock reaches it: by insertion when it holds a few events, mostly scheduled
     * in time order already (the usual case), else by merging, so that a crowded bucket (thousands of
     * events within 1/128 s) costs n log n, not n².
     */
    private void sort(int b) {
        int[] members = bucket[b];
        int n = count[b];
        if (n <= INSERTION_SORT_MAX) {
            insertionSort(members, 0, n);
        } else {
            if (scratch.length < n) {
                scratch = new int[members.length];
            }
            mergeSort(members, scratch, 0, n);
        }
        for (int i = 0; i < n; i++) {
            setPos(members[i], i);
        }
    }

    private void insertionSort(int[] a, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            int h = a[j];
            int i = j;
            while (i > from && precedes(h, a[i - 1])) {
                a[i] = a[i - 1];
                i--;
            }
            a[i] = h;
        }
    }

    /** Sorts {@code a[from, to)}; stable, though the keys never tie (the scheduling order is unique). */
    private void mergeSort(int[] a, int[] tmp, int from, int to) {
        if (to - from <= INSERTION_SORT_MAX) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (!precedes(a[mid], a[mid - 1])) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            a[k] = j >= to || (i < mid && !precedes(tmp[j], tmp[i])) ? tmp[i++] : tmp[j++];
        }
    }

    private boolean precedes(int a, int b) {
        int ka = a * KEY_STRIDE;
        int kb = b * KEY_STRIDE;
        double ta = Double.longBitsToDouble(keys[ka]);
        double tb = Double.longBitsToDouble(keys[kb]);
        if (ta != tb) {
            return ta < tb;
        }
        double pa = Double.longBitsToDouble(keys[ka + 1]);
        double pb = Double.longBitsToDouble(keys[kb + 1]);
        if (pa != pb) {
            return pa < pb;
        }
        return keys[ka + 2] < keys[kb + 2];
    }

    private double time(int h) {
        return Double.longBitsToDouble(keys[h * KEY_STRIDE]);
    }

    private int where(int h) {
        return (int) (keys[h * KEY_STRIDE + 3] >> 32);
    }

    private int pos(int h) {
        return (int) keys[h * KEY_STRIDE + 3];
    }

    private void setPlace(int h, int where, int pos) {
        keys[h * KEY_STRIDE + 3] = ((long) where << 32) | (pos & 0xFFFF_FFFFL);
    }

    private void setPos(int h, int pos) {
        setPlace(h, where(h), pos);
    }

    private void pushOnHeap(int h) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, 2 * heapSize);
        }
        setPlace(h, FAR, heapSize);
        heap[heapSize] = h;
        siftUp(heapSize++);
    }

    private void removeFromHeap(int slot) {
        int last = --heapSize;
        if (slot == last) {
            return;
        }
        putInHeap(slot, heap[last]);
        if (slot > 0 && precedes(heap[slot], heap[(slot - 1) / ARITY])) {
            siftUp(slot);
        } else {
            siftDown(slot);
        }
    }

    private void siftUp(int slot) {
        int h = heap[slot];
        while (slot > 0) {
            int parent = (slot - 1) / ARITY;
            if (!precedes(h, heap[parent])) {
                break;
            }
            putInHeap(slot, heap[parent]);
            slot = parent;
        }
        putInHeap(slot, h);
    }

    private void siftDown(int slot) {
        int h = heap[slot];
        while (true) {
            int first = slot * ARITY + 1;
            if (first >= heapSize) {
                break;
            }
            int best = first;
            int end = Math.min(first + ARITY, heapSize);
            for (int c = first + 1; c < end; c++) {
                if (precedes(heap[c], heap[best])) {
                    best = c;
                }
            }
            if (!precedes(heap[best], h)) {
                break;
            }
            putInHeap(slot, heap[best]);
            slot = best;
        }
        putInHeap(slot, h);
    }

    private void putInHeap(int slot, int h) {
        heap[slot] = h;
        setPos(h, slot);
    }

    private int newHandle() {
        if (free > 0) {
            return freeHandles[--free];
        }
        if (handles == events.length) {
            int n = 2 * handles;
            events = Arrays.copyOf(events, n);
            keys = Arrays.copyOf(keys, n * KEY_STRIDE);
            freeHandles = Arrays.copyOf(freeHandles, n);
        }
        return handles++;
    }

    private void release(int h) {
        if (events[h] instanceof Engine.Timer t) {
            t.handle = NONE;
        }
        events[h] = null;
        setPlace(h, NONE, NONE);
        freeHandles[free++] = h;
        size--;
    }

    private int handleOf(Event ev) {
        if (ev instanceof Engine.Timer t) {
            int h = t.handle;
            return h != NONE && events[h] == ev ? h : NONE;
        }
        for (int h = 0; h < handles; h++) {
            if (events[h] == ev) {
                return h;
            }
        }
        return NONE;
    }

    private static long bucketOf(double t) {
        return (long) (t * BUCKETS_PER_SECOND);
    }

    private static int ring(long absolute) {
        return (int) (absolute & (BUCKETS - 1));
    }

    private List<Event> inOrder() {
        List<Integer> live = new ArrayList<>(size);
        for (int h = 0; h < handles; h++) {
            if (events[h] != null) {
                live.add(h);
            }
        }
        live.sort((a, b) -> precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0);
        List<Event> sorted = new ArrayList<>(size);
        for (int h : live) {
            sorted.add(events[h]);
        }
        return sorted;
    }
}
