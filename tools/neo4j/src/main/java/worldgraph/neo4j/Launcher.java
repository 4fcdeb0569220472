package worldgraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * An embedded Neo4j 5.26 (community) serving Bolt on 127.0.0.1:PORT, without auth, with its data
 * under DIR. Usage: Launcher DIR PORT [PLUGINS]. Prints "NEO4J_READY bolt://127.0.0.1:PORT" once Bolt
 * accepts connections, and stops cleanly on SIGTERM. For development and CI only. APOC core's
 * procedures are loaded from PLUGINS (third argument, default target/plugins), as the deployment's image has them.
 */
public final class Launcher {
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : ".data/neo4j").toAbsolutePath().normalize();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
    // APOC core (for the snapshot export), from the launcher's plugins folder (pom.xml copies it there).
    Path plugins = Path.of(args.length > 2 ? args[2] : "target/plugins").toAbsolutePath().normalize();
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
        .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*"))
        .build();
    // Bolt starts with the DBMS; a first query proves the default database is up.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
  }
}
