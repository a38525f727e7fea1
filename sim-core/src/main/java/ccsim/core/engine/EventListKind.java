package ccsim.core.engine;

import java.util.function.Supplier;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The SSJ future-event list implementations worth choosing from. All three run events of equal
 * time in the order they were scheduled, so results do not depend on the choice; speed does.
 */
public enum EventListKind {
    BINARY_TREE(BinaryTree::new),
    HENRIKSEN(Henriksen::new),
    SPLAY_TREE(SplayTree::new);

    private final Supplier<EventList> factory;

    EventListKind(Supplier<EventList> factory) {
        this.factory = factory;
    }

    EventList create() {
        return factory.get();
    }
}
