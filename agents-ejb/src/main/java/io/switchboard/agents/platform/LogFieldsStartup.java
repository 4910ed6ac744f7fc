package io.switchboard.agents.platform;

import io.switchboard.core.trace.LogFields;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Puts the current trace and span ids on every log record while the application runs. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogFieldsStartup {

    @PostConstruct
    void register() {
        LogFields.registerTraceFields();
    }

    @PreDestroy
    void unregister() {
        LogFields.unregisterTraceFields();
    }
}
