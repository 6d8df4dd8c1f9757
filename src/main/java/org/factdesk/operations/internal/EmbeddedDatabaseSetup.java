package org.factdesk.operations.internal;

import org.apache.commons.logging.Log;
import org.factdesk.operations.EmbeddedDatabase;
import org.factdesk.operations.PrivateFiles;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Before anything opens an embedded H2 file database (web app, command-line tool, test): its
 * directory becomes private, commits become durable ({@code WRITE_DELAY=0}), and an empty password
 * is replaced by the generated one from {@code database.password}. Other databases are left alone.
 *
 * @see <a href="../../../../../../../docs/adr/0010-embedded-database-and-command-channel.md">ADR 10</a>
 */
public class EmbeddedDatabaseSetup implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    public EmbeddedDatabaseSetup(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabaseSetup.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.properties and the environment are read
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Optional<EmbeddedDatabase> found = EmbeddedDatabase.of(environment.getProperty("spring.datasource.url"));
        if (found.isEmpty()) {
            return;
        }
        EmbeddedDatabase database = found.get();
        if (database.option("AUTO_SERVER").filter("TRUE"::equalsIgnoreCase).isPresent()) {
            log.warn("The datasource URL sets AUTO_SERVER=TRUE: H2 then opens a TCP port for the database."
                    + " FactDesk's command-line tools do not need it.");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.durableUrl());
        PrivateFiles.secureDirectory(database.directory());
        String password = environment.getProperty("spring.datasource.password", "");
        if (password.isEmpty()) {
            try {
                properties.put("spring.datasource.password",
                        DatabasePassword.ensure(database, environment.getProperty("spring.datasource.username", "sa")));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep the database password in " + database.passwordFile(), e);
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource("factdeskEmbeddedDatabase", properties));
    }
}
