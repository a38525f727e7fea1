package ccsim.core.engine;

import java.util.function.Supplier;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The future-event list implementations worth choosing from: ccsim's timing wheel and SSJ's. All four run events of equal
 * time in the order they were scheduled, so results do not depend on the choice; speed does.
 */
public enum EventListKind {
    WHEEL(EventWheel::new),
    BINARY_TREE(BinaryTree::new),
    HENRIKSEN(Henriksen::new),
    SPLAY_TREE(SplayTree::new);

    /** The fastest on ccsim's models (README, Performance). */
    public static final EventListKind DEFAULT = WHEEL;

    private final Supplier<EventList> factory;

    EventListKind(Supplier<EventList> factory) {
        this.factory = factory;
    }

    EventList create() {
        return factory.get();
    }
}
