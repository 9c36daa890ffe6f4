package dev.commerce.engine.testsupport;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The cluster's shared engine database as the test reads it, also while no node runs. */
public final class ClusterDatabase {

  private static final int JOB_SUCCESSFUL = 2;
  private final JdbcTemplate db;

  public ClusterDatabase(String database) {
    db = new JdbcTemplate(new DriverManagerDataSource("jdbc:mariadb://" + TestDatabase.host() + ":"
        + TestDatabase.port() + "/" + database, TestDatabase.user(), TestDatabase.password()));
  }

  public JdbcTemplate jdbc() {
    return db;
  }

  public int count(String sql, Object... arguments) {
    Integer count = db.queryForObject(sql, Integer.class, arguments);
    return count == null ? 0 : count;
  }

  /** Instances whose business key starts with {@code <batch>-} and that have ended. */
  public int finished(String batch) {
    return count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE ? AND END_TIME_ IS NOT NULL",
        batch + "-%");
  }

  public boolean ended(String processInstanceId) {
    return count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ = ? AND END_TIME_ IS NOT NULL",
        processInstanceId) == 1;
  }

  /** Jobs a node holds a lock on, with the lock's expiry (lock owners start with the node's INSTANCE_ID). */
  public Map<String, Timestamp> lockedBy(String instanceId) {
    Map<String, Timestamp> locked = new HashMap<>();
    db.query("SELECT ID_, LOCK_EXP_TIME_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ LIKE ? AND LOCK_EXP_TIME_ IS NOT NULL",
        row -> {
          locked.put(row.getString(1), row.getTimestamp(2));
        }, instanceId + "/%");
    return locked;
  }

  /** The node (engine hostname) that completed a job, from the job log; null while none has. */
  public String completedBy(String jobId) {
    List<String> hosts = db.queryForList("SELECT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ = ?",
        String.class, jobId, JOB_SUCCESSFUL);
    return hosts.isEmpty() ? null : hosts.get(0);
  }

  public Timestamp completedAt(String jobId) {
    return db.queryForObject("SELECT TIMESTAMP_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ = ?",
        Timestamp.class, jobId, JOB_SUCCESSFUL);
  }
}
