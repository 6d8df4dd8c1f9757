package org.factdesk.operations.internal;

import org.factdesk.operations.EmbeddedDatabase;
import org.factdesk.operations.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Before anything opens an embedded H2 file database (web app, command-line tool, test), its
 * directory becomes private, commits become durable ({@code WRITE_DELAY=0}), parsed statements are
 * cached ({@code QUERY_CACHE_SIZE=64}), and an empty password is replaced by the generated one from
 * {@code database.password}. Other databases are left alone.
 * Works on the bound datasource properties, so every property source (tests' dynamic ones too) counts.
 *
 * @see <a href="../../../../../../../docs/adr/0010-embedded-database-and-command-channel.md">ADR 10</a>
 */
@Component
class EmbeddedDatabaseSetup implements BeanPostProcessor, Ordered {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSetup.class);

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the properties are bound
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties) {
            prepare(properties);
        }
        return bean;
    }

    private static void prepare(DataSourceProperties properties) {
        Optional<EmbeddedDatabase> found = EmbeddedDatabase.of(properties.getUrl());
        if (found.isEmpty()) {
            return;
        }
        EmbeddedDatabase database = found.get();
        if (database.option("AUTO_SERVER").filter("TRUE"::equalsIgnoreCase).isPresent()) {
            log.warn("The datasource URL sets AUTO_SERVER=TRUE: H2 then opens a TCP port for the database."
                    + " FactDesk's command-line tools do not need it.");
        }
        PrivateFiles.secureDirectory(database.directory());
        properties.setUrl(database.servingUrl());
        String password = properties.getPassword();
        if (password == null || password.isEmpty()) {
            String username = properties.getUsername() == null ? "sa" : properties.getUsername();
            try {
                properties.setPassword(DatabasePassword.ensure(database, username));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep the database password in " + database.passwordFile(), e);
            }
        }
    }
}
