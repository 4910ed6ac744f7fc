package io.switchboard.tools.sql;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.tool.DatasourceRequest;
import io.switchboard.api.tool.DatasourceView;
import io.switchboard.api.tool.ToolKind;
import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.core.secret.MasterKey;
import io.switchboard.tools.tool.ToolStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Registering, listing and removing the databases the SQL tools read. Passwords are sealed and never returned. */
@ApplicationScoped
public class DatasourceService {

    static final int DEFAULT_MAX_ROWS = 1000;
    static final int DEFAULT_TIMEOUT_SECONDS = 30;

    @Inject
    DatasourceStore store;

    @Inject
    ToolStore tools;

    @Inject
    MasterKey masterKey;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "switchboard.db.url")
    java.util.Optional<String> platformUrl;

    /** Registers the datasource after checking that the platform can connect with the given credentials. */
    @Transactional
    public DatasourceView register(DatasourceRequest request) {
        if (store.findByName(request.name()).isPresent()) {
            throw PlatformException.conflict("datasource-exists", "A datasource named '" + request.name() + "' exists");
        }
        String refusal = JdbcUrls.refusal(request.jdbcUrl());
        if (refusal == null && platformUrl.isPresent() && JdbcUrls.sameDatabase(platformUrl.get(), request.jdbcUrl())) {
            refusal = "it is the platform's own database, which holds users and secrets";
        }
        if (refusal != null) {
            throw PlatformException.invalid("datasource-url-refused", "The JDBC URL is refused: " + refusal);
        }
        SqlRunner.Target target = new SqlRunner.Target(request.name(), request.jdbcUrl(), request.username(),
                request.password());
        try (Connection connection = SqlRunner.connect(target, 10)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw PlatformException.invalid("datasource-unreachable", "Cannot connect to " + request.jdbcUrl() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = Jdbc.now();
        String sealed = request.password() == null || request.password().isEmpty() ? null
                : masterKey.box().seal(request.password(), context(id));
        DatasourceRecord record = new DatasourceRecord(id, request.name(), request.jdbcUrl(), request.username(), sealed,
                request.maxRows() == null ? DEFAULT_MAX_ROWS : request.maxRows(),
                request.queryTimeoutSeconds() == null ? DEFAULT_TIMEOUT_SECONDS : request.queryTimeoutSeconds(), now, now);
        store.insert(record);
        return view(record);
    }

    public List<DatasourceView> list() {
        return store.list().stream().map(DatasourceService::view).toList();
    }

    public DatasourceView get(String idOrName) {
        return view(record(idOrName));
    }

    /** Removes the datasource, unless a sql tool still reads it. */
    @Transactional
    public void delete(String idOrName) {
        DatasourceRecord record = record(idOrName);
        List<String> users = tools.list().stream().filter(t -> ToolKind.SQL.equals(t.kind()) && t.config() != null
                && record.name().equals(SqlToolSpecs.fromConfig(t.config()).datasource())).map(t -> t.name()).toList();
        if (!users.isEmpty()) {
            throw PlatformException.conflict("datasource-in-use", "Datasource '" + record.name()
                    + "' is used by the sql tools " + String.join(", ", users) + "; delete or change them first");
        }
        store.delete(record.id());
    }

    /** The datasource by id or name, or 404. */
    public DatasourceRecord record(String idOrName) {
        return store.find(idOrName).or(() -> store.findByName(idOrName)).orElseThrow(() -> PlatformException.notFound(
                "datasource-not-found", "No datasource named or with id '" + idOrName
                        + "'; an administrator registers datasources with POST /api/datasources"));
    }

    /** How to connect to the datasource, its password opened. */
    public SqlRunner.Target target(DatasourceRecord record) {
        String password = record.passwordSealed() == null ? null
                : masterKey.box().open(record.passwordSealed(), context(record.id()));
        return new SqlRunner.Target(record.name(), record.jdbcUrl(), record.username(), password);
    }

    private static String context(String id) {
        return "datasource:" + id;
    }

    static DatasourceView view(DatasourceRecord d) {
        return new DatasourceView(d.id(), d.name(), d.jdbcUrl(), d.username(), d.passwordSealed() != null, d.maxRows(),
                d.queryTimeoutSeconds(), d.createdAt().toInstant());
    }
}
