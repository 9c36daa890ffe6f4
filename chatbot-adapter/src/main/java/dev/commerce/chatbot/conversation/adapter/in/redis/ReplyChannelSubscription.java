package dev.commerce.chatbot.conversation.adapter.in.redis;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Owns the {@link RedisMessageListenerContainer} of this instance's reply channel, for two things the container
 * does not do as a plain bean:
 * <ul>
 * <li>its phase: the container would stop first (phase {@code Integer.MAX_VALUE}); here it stops after the web
 *     server's graceful shutdown, which waits for the Kakao requests still held here, so replies forwarded to a
 *     stopping instance still reach them;</li>
 * <li>a start that does not fail the application when Redis is down: the local path answers meanwhile, and the
 *     subscription is tried again until it succeeds; once subscribed, the container's own back-off (on a
 *     scheduled executor, not the starting thread) restores it after a Redis restart.</li>
 * </ul>
 */
public class ReplyChannelSubscription implements SmartLifecycle, DisposableBean {

    /** Below the graceful shutdown's phase, above the web server's stop. */
    public static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 512;

    private static final Duration RETRY = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(ReplyChannelSubscription.class);

    private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    private final ScheduledExecutorService subscriptions = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "reply-channel-subscriber"));
    private final String channel;
    private volatile boolean running;
    private int failedAttempts;

    public ReplyChannelSubscription(RedisConnectionFactory connections, MessageListener listener, String channel,
                                    Executor dispatch) {
        this.channel = channel;
        container.setConnectionFactory(connections);
        container.setTaskExecutor(dispatch);
        container.setSubscriptionExecutor(subscriptions);
        container.setMaxSubscriptionRegistrationWaitingTime(1_000);
        container.setRecoveryInterval(RETRY.toMillis());
        container.addMessageListener(listener, ChannelTopic.of(channel));
        container.afterPropertiesSet();
    }

    @Override
    public synchronized void start() {
        running = true;
        subscribe();
    }

    /**
     * The container gives up when its very first connection fails (it retries only subscriptions it once had), so
     * a start while Redis is down is retried here until Redis answers.
     */
    private synchronized void subscribe() {
        if (!running) {
            return;
        }
        try {
            container.start();
            log.info("listening for forwarded replies on {}", channel);
        } catch (RuntimeException e) {
            if (failedAttempts++ == 0) {
                log.warn("cannot subscribe to {} now ({}); retrying every {} ms, replies posted to this instance "
                        + "still reach it", channel, e.toString(), RETRY.toMillis());
            }
            container.stop();
            subscriptions.schedule(this::subscribe, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        container.stop();
        log.info("stopped listening on {}", channel);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    public boolean isListening() {
        return container.isListening();
    }

    @Override
    public void destroy() throws Exception {
        container.destroy();
        subscriptions.shutdownNow();
    }
}
