package org.storyline.pipeline;

/** The embedded queue against the queue contract. */
class InMemoryDocumentQueueTest extends DocumentQueueContract {

    @Override
    protected DocumentQueue newQueue() {
        return new InMemoryDocumentQueue(100);
    }
}
