package ccsim.core.network;

import ccsim.core.random.Distribution;

/**
 * A node's message-processing capacity: {@code workers} servers each taking a drawn service time per
 * message, fed from one FIFO queue. An overloaded node shows as growing queueing delay.
 */
public record ProcessingCapacity(int workers, Distribution serviceTime) {
    public ProcessingCapacity {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, was " + workers);
        }
    }
}
