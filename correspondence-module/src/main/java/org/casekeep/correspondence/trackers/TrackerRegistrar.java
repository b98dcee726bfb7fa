package org.casekeep.correspondence.trackers;

import java.util.UUID;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.stereotype.Component;

/**
 * Turns the tracker declarations into what the kernel expects of any record type: the catalog's contribution
 * ({@link TrackerTypes}), an access rule (deny by default, the type's restricted library) and a destroyer per type.
 * Nothing here is written per type: a new file under {@code trackers/} is a new tracker.
 */
@Component
class TrackerRegistrar implements BeanDefinitionRegistryPostProcessor {

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		TrackerTypes types = TrackerTypes.load();
		registry.registerBeanDefinition("trackerTypes", new RootBeanDefinition(TrackerTypes.class, () -> types));
		BeanFactory beans = (BeanFactory) registry;
		for (TrackerType type : types.all()) {
			registry.registerBeanDefinition("trackerAccessRule." + type.code(),
					new RootBeanDefinition(AccessRule.class, () -> TrackerAccess.rule(type)));
			registry.registerBeanDefinition("trackerDestroyer." + type.code(),
					new RootBeanDefinition(RecordDestroyer.class, () -> RecordDestroyer.of(type.recordType(),
							(UUID id) -> beans.getBean(TrackerItems.class).destroy(type, id))));
		}
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
	}
}
