package io.switchboard.orchestration.a2a.push;

import io.switchboard.core.secret.MasterKey;
import io.switchboard.core.secret.SecretBox;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores push configurations, sealing their token and credentials with the master key. */
@Stateless
public class PushConfigStore {

    @PersistenceContext(unitName = "orchestration")
    EntityManager em;

    @Inject
    MasterKey masterKey;

    Clock clock = Clock.systemUTC();

    public void save(PushConfig config) {
        PushConfigRecord record = em.find(PushConfigRecord.class, new PushConfigRecord.Key(config.taskId(), config.id()));
        if (record == null) {
            record = new PushConfigRecord(config.taskId(), config.id(), Instant.now(clock));
            em.persist(record);
        }
        SecretBox box = masterKey.box();
        String context = context(config.taskId(), config.id());
        record.write(config.url(), box.seal(config.token(), context), config.scheme(),
                box.seal(config.credentials(), context), config.version());
    }

    public List<PushConfig> forTask(String taskId) {
        return em.createNamedQuery(PushConfigRecord.FOR_TASK, PushConfigRecord.class).setParameter("task", taskId)
                .getResultStream().map(this::open).toList();
    }

    public Optional<PushConfig> find(String taskId, String configId) {
        return Optional.ofNullable(em.find(PushConfigRecord.class, new PushConfigRecord.Key(taskId, configId)))
                .map(this::open);
    }

    /** Deletes the configuration; true when there was one. */
    public boolean delete(String taskId, String configId) {
        PushConfigRecord record = em.find(PushConfigRecord.class, new PushConfigRecord.Key(taskId, configId));
        if (record == null) {
            return false;
        }
        em.remove(record);
        return true;
    }

    private PushConfig open(PushConfigRecord record) {
        SecretBox box = masterKey.box();
        String context = context(record.getTaskId(), record.getConfigId());
        return new PushConfig(record.getTaskId(), record.getConfigId(), record.getUrl(),
                box.open(record.getTokenSealed(), context), record.getAuthScheme(),
                box.open(record.getCredentialsSealed(), context), record.getProtocolVersion());
    }

    private static String context(String taskId, String configId) {
        return "a2a-push-config:" + taskId + ":" + configId;
    }
}
