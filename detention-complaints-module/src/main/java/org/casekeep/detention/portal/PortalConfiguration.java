package org.casekeep.detention.portal;

import org.casekeep.kernel.publicweb.PublicService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lists the complaint portal among the services open to the public, on {@code /public}. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	static final String COMPLAINT = "/public/detention/complaint";

	static final String STATUS = "/public/detention/status";

	@Bean
	PublicService complaintPortal() {
		return new PublicService("detention.portal.service.title", "detention.portal.service.description", COMPLAINT);
	}

	@Bean
	PublicService complaintStatus() {
		return new PublicService("detention.portal.status.title", "detention.portal.status.description", STATUS);
	}
}
