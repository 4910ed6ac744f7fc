package io.switchboard.tools.mcp;

import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.McpTransport;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import dev.langchain4j.mcp.client.transport.stdio.StdioMcpTransport;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open MCP client sessions of this server, one per registered MCP server (LangChain4j's
 * {@link DefaultMcpClient}). A session opens on first use; {@link #reset} closes it (a stdio server's process
 * ends) so the next use starts afresh. All close when the application stops.
 */
@ApplicationScoped
public class McpConnections {

    private static final Logger LOG = Logger.getLogger(McpConnections.class.getName());

    @Inject
    @ConfigProperty(name = "switchboard.mcp.connect-timeout", defaultValue = "PT60S")
    Duration connectTimeout;

    private record Session(McpClient client, McpTransport transport) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** The open session to the server, connecting (and for stdio, starting the process) when there is none. */
    McpClient client(McpTarget target) {
        Session session = sessions.get(target.serverId());
        if (session != null && !alive(session)) {
            LOG.info(() -> "The process of MCP server '" + target.name() + "' has ended; starting it again");
            reset(target.serverId());
            session = null;
        }
        if (session != null) {
            return session.client();
        }
        // one server's slow start (an npx download) does not hold up the others
        synchronized (locks.computeIfAbsent(target.serverId(), id -> new Object())) {
            session = sessions.get(target.serverId());
            if (session == null) {
                session = connect(target);
                sessions.put(target.serverId(), session);
            }
            return session.client();
        }
    }

    /** Closes the session, if open; the next use connects again. */
    void reset(String serverId) {
        Session session = sessions.remove(serverId);
        if (session == null) {
            return;
        }
        // a launcher (npx, uvx) runs the server as its child: end the whole process tree
        List<ProcessHandle> processes = processTree(session.transport());
        try {
            session.client().close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing the MCP session of server " + serverId + " failed", e);
        }
        processes.forEach(ProcessHandle::destroy);
    }

    private static List<ProcessHandle> processTree(McpTransport transport) {
        List<ProcessHandle> processes = new ArrayList<>();
        if (transport instanceof StdioMcpTransport stdio && stdio.getProcess() != null) {
            stdio.getProcess().descendants().forEach(processes::add);
        }
        return processes;
    }

    /** A stdio server's process must still run (a call to a dead one would wait for its timeout). */
    private static boolean alive(Session session) {
        return !(session.transport() instanceof StdioMcpTransport stdio) || stdio.getProcess() == null
                || stdio.getProcess().isAlive();
    }

    boolean isOpen(String serverId) {
        return sessions.containsKey(serverId);
    }

    @PreDestroy
    void closeAll() {
        List.copyOf(sessions.keySet()).forEach(this::reset);
    }

    private Session connect(McpTarget target) {
        McpTransport transport = McpServerRecord.STDIO.equals(target.transport())
                ? new StdioMcpTransport.Builder().command(McpLaunch.command(target.command(), target.env())).build()
                : new StreamableHttpMcpTransport.Builder().url(target.url()).timeout(connectTimeout)
                        .customHeaders(target.headers()).setHttpVersion1_1().build();
        McpClient client;
        try {
            client = new DefaultMcpClient.Builder()
                .key(target.serverId())
                .transport(transport)
                .clientName("switchboard")
                .clientVersion("0.1")
                .initializationTimeout(connectTimeout)
                // the invoker enforces each tool's own timeout; this only bounds a call it has given up on
                .toolExecutionTimeout(Duration.ofMinutes(10))
                .cacheToolList(false)
                // a dead stdio process is noticed before each call, a broken HTTP session by the call itself
                .autoHealthCheck(false)
                .build();
        } catch (RuntimeException e) {
            List<ProcessHandle> processes = processTree(transport);
            try {
                transport.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            processes.forEach(ProcessHandle::destroy);
            throw e;
        }
        return new Session(client, transport);
    }
}
