package org.casekeep.kernel.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * No database error may carry the values of a row into a log: the PostgreSQL driver puts a failed batch's statement
 * with every bound value, and the server's "Detail: Key (email)=(...)", into its exception messages unless told not
 * to. Every connection pool of the application is told ({@value #PROPERTY}{@code =false}); a pool that was already
 * started without it stops the application, since it would log personal data with the first error.
 */
@Component
class QuietDatabaseErrors implements BeanPostProcessor {

	static final String PROPERTY = "logServerErrorDetail";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			try {
				pool.addDataSourceProperty(PROPERTY, "false");
			}
			catch (IllegalStateException started) {
				if (!"false".equals(String.valueOf(pool.getDataSourceProperties().get(PROPERTY)))) {
					throw new IllegalStateException("Connection pool " + pool.getPoolName() + " was started without "
							+ PROPERTY + "=false: its errors would log the values of rows", started);
				}
			}
		}
		return bean;
	}
}
