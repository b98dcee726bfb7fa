package org.casekeep.platform.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * When no {@code spring.datasource.url} is configured, Casekeep runs on an embedded PostgreSQL: the application
 * connects as the restricted role, Liquibase as the owner. Production sets {@code SPRING_DATASOURCE_URL} (and the
 * Liquibase owner credentials) and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	/**
	 * @param directory where the run command keeps data and credentials across restarts
	 * ({@code casekeep.database.embedded-directory}); blank for a temporary database (tests).
	 */
	@Bean(destroyMethod = "release")
	EmbeddedDatabaseServer embeddedDatabaseServer(@Value("${casekeep.database.embedded-port:0}") int port,
			@Value("${casekeep.database.embedded-directory:}") String directory) {
		return EmbeddedDatabaseServer.shared(port, directory.isBlank() ? null : Path.of(directory)).acquire();
	}

	@Bean
	@Primary
	DataSource dataSource(EmbeddedDatabaseServer server, @Value("${casekeep.database.pool-size:5}") int poolSize) {
		return pool("casekeep-app", server.jdbcUrl(), EmbeddedDatabaseServer.APP_ROLE,
				server.credentials().appPassword(), poolSize);
	}

	@Bean
	@LiquibaseDataSource
	DataSource liquibaseDataSource(EmbeddedDatabaseServer server) {
		return pool("casekeep-owner", server.jdbcUrl(), EmbeddedDatabaseServer.OWNER,
				server.credentials().ownerPassword(), 1);
	}

	private static HikariDataSource pool(String name, String url, String user, String password, int size) {
		HikariConfig config = new HikariConfig();
		config.setPoolName(name);
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(0);
		// No bound value of a failed statement in any exception message or log (see kernel.db.QuietDatabaseErrors).
		config.addDataSourceProperty("logServerErrorDetail", "false");
		return new HikariDataSource(config);
	}
}
