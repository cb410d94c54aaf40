package org.wardgraph.neo4jserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community in this JVM for wardgraph's tests: Bolt on
 * 127.0.0.1:PORT, no authentication, the data in a folder of our choosing (a
 * stopped server starts again on the same data), usage reporting off, small
 * memory settings, and APOC core loaded unless --no-apoc is given. It prints
 * "neo4j-test-server: Bolt ready on bolt://127.0.0.1:PORT" once Bolt accepts
 * connections, and shuts down cleanly on SIGTERM or SIGINT.
 *
 * <p>Usage: java -Xmx1g -jar neo4j-test-server.jar --data DIR [--port N]
 * [--plugins DIR] [--no-apoc]
 */
public final class Main {
    private Main() {}

    /** Parsed command line. */
    private record Options(Path data, int port, Path plugins, boolean apoc) {}

    public static void main(String[] args) throws Exception {
        Options opt;
        try {
            opt = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-test-server: " + e.getMessage());
            System.err.println(
                    "usage: neo4j-test-server --data DIR [--port N] [--plugins DIR] [--no-apoc]");
            System.exit(2);
            return;
        }
        Files.createDirectories(opt.data());
        // The public builder takes raw settings only from a file: write ours
        // into the data folder, where it also shows what the server ran with.
        Path conf = opt.data().resolve("neo4j-test-server.conf");
        Files.writeString(conf, render(settings(opt)));
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(opt.data()).loadPropertiesFromFile(conf).build();
        } catch (RuntimeException e) {
            StringBuilder why = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                why.append("\n  caused by: ").append(t);
            }
            System.err.println("neo4j-test-server: Neo4j did not start on " + opt.data() + why);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-test-server-shutdown"));
        dbms.database("neo4j").executeTransactionally("RETURN 1");
        System.out.println("neo4j-test-server: Neo4j " + neo4jVersion(dbms) + ", data " + opt.data()
                + ", APOC " + (opt.apoc() ? "on" : "off"));
        System.out.println("neo4j-test-server: Bolt ready on bolt://127.0.0.1:" + opt.port());
        System.out.flush();
        stopped.await();
    }

    /** The server settings: Bolt on loopback only, no auth, small memory. */
    private static Map<String, String> settings(Options opt) {
        String addr = "127.0.0.1:" + opt.port();
        Map<String, String> s = new HashMap<>();
        s.put("server.bolt.enabled", "true");
        s.put("server.bolt.listen_address", addr);
        // The routing table (neo4j:// URIs) hands out this address.
        s.put("server.bolt.advertised_address", addr);
        s.put("server.bolt.tls_level", "DISABLED");
        s.put("dbms.security.auth_enabled", "false");
        s.put("dbms.usage_report.enabled", "false");
        s.put("server.memory.pagecache.size", "128m");
        s.put("db.memory.transaction.total.max", "256m");
        s.put("db.tx_log.rotation.retention_policy", "2 files");
        if (opt.apoc()) {
            s.put("server.directories.plugins", opt.plugins().toAbsolutePath().toString());
            s.put("dbms.security.procedures.unrestricted", "apoc.*");
        }
        return s;
    }

    private static String render(Map<String, String> settings) {
        StringBuilder b = new StringBuilder("# Written by neo4j-test-server at each start.\n");
        new TreeMap<>(settings).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    private static String neo4jVersion(DatabaseManagementService dbms) {
        return dbms.database("system").executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                r -> String.valueOf(r.next().get("v")));
    }

    private static Options parse(String[] args) throws IOException {
        Path data = null;
        int port = 17687;
        Path plugins = Path.of("plugins");
        boolean apoc = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--port" -> port = port(value(args, ++i, "--port"));
                case "--plugins" -> plugins = Path.of(value(args, ++i, "--plugins"));
                case "--no-apoc" -> apoc = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        if (apoc && !Files.isDirectory(plugins)) {
            throw new IllegalArgumentException("plugin folder " + plugins
                    + " (APOC core) does not exist: build with mvn package, or pass --no-apoc");
        }
        return new Options(data, port, plugins, apoc);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int port(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("--port " + s + " is not a TCP port (1-65535)");
    }
}
