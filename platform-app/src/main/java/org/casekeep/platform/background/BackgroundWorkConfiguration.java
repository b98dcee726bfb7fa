package org.casekeep.platform.background;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the modules' event listeners ({@code @ApplicationModuleListener}) and other background work run: a small,
 * fixed number of threads with a queue. Without it, virtual threads would start one listener per event at once, so a
 * batch intake of 500 letters would start 500 listener transactions that compete for the connection pool with the
 * people using the application. Nothing queued is lost if the instance stops: every publication is stored with the
 * transaction that made it and resubmitted from the event publication registry.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundWorkConfiguration {

	@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
	ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${casekeep.background.threads:2}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("casekeep-background-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}
}
