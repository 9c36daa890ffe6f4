package dev.commerce.chatbot.conversation.application;

import java.util.Optional;

/**
 * What the process is waiting for from each user (e.g. an order number), with a short expiry. In memory for one
 * instance ({@link InMemoryDialogStateStore}), in Redis for replicas, so a question asked on one replica is
 * answered on another. Never throws: losing the state only means the user is asked once more.
 */
public interface DialogStateStore {

    void await(String userKey, String what);

    /** Returns and forgets what the user was asked: a question is answered by the next message only. */
    Optional<String> take(String userKey);
}
