package org.casekeep.detention.portal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail server for the portal's tests that keeps what it was given instead of sending it. */
@TestConfiguration(proxyBeanMethods = false)
class PortalMail {

	static final List<SimpleMailMessage> SENT = new CopyOnWriteArrayList<>();

	@Bean
	JavaMailSenderImpl recordingMailSender() {
		return new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				SENT.addAll(List.of(messages));
			}
		};
	}
}
