package dev.commerce.chatbot.conversation.application;

import dev.commerce.chatbot.conversation.domain.ConversationId;

/**
 * This JVM among the replicas: {@code INSTANCE_ID} (launcher: {@code chatbot-adapter-2}; Kubernetes: the pod name)
 * for logs and metrics, and the reply token drawn at start, which conversation ids carry. The token is new on every
 * start, so a restarted replica never receives replies meant for its previous life.
 */
public record InstanceIdentity(String instanceId, String token) {

    public static InstanceIdentity start(String instanceId) {
        return new InstanceIdentity(instanceId, ConversationId.newToken());
    }
}
