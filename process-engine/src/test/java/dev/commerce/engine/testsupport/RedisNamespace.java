package dev.commerce.engine.testsupport;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A key prefix of the machine's shared Redis that belongs to one test run (a random id in it); closing deletes the
 * keys under it and nothing else.
 */
public final class RedisNamespace implements AutoCloseable {

  public static final String HOST = "127.0.0.1";
  public static final int PORT = 6379;

  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final String namespace;

  private RedisNamespace(RedisClient client, String namespace) {
    this.client = client;
    this.connection = client.connect();
    this.namespace = namespace;
  }

  /** {@code commerce:test:<purpose>:<random id>}; fails when Redis does not answer. */
  public static RedisNamespace create(String purpose) {
    RedisClient client = RedisClient.create(RedisURI.create(HOST, PORT));
    try {
      return new RedisNamespace(client, "commerce:test:" + purpose + ":" + UUID.randomUUID());
    } catch (RuntimeException e) {
      client.shutdown();
      throw new IllegalStateException("this test needs Redis on " + HOST + ":" + PORT, e);
    }
  }

  public String name() {
    return namespace;
  }

  public List<String> keys() {
    ScanArgs match = ScanArgs.Builder.matches(namespace + ":*").limit(500);
    KeyScanCursor<String> cursor = connection.sync().scan(match);
    List<String> keys = new ArrayList<>(cursor.getKeys());
    while (!cursor.isFinished()) {
      cursor = connection.sync().scan(cursor, match);
      keys.addAll(cursor.getKeys());
    }
    return keys;
  }

  @Override
  public void close() {
    List<String> keys = keys();
    if (!keys.isEmpty()) {
      connection.sync().del(keys.toArray(String[]::new));
    }
    connection.close();
    client.shutdown();
  }
}
