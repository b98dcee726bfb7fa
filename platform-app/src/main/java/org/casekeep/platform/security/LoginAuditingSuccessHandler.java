package org.casekeep.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Audits each web login (CRM PIA 8.1: access to the application is audited), then continues where the user was. */
final class LoginAuditingSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AuditTrail audit;
	private final org.casekeep.kernel.notify.Notifier notifier;

	LoginAuditingSuccessHandler(AuditTrail audit, org.casekeep.kernel.notify.Notifier notifier) {
		this.audit = audit;
		this.notifier = notifier;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CasekeepOidcUser user) {
			Actors.runAs(user.actor(), () -> audit.recordIndependently(AuditEvent.session(AuditAction.LOGIN, "web")));
			// Reminders to a named subject matter expert are emailed to the address Keycloak vouches for.
			notifier.remember(user.actor(), user.getEmail());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
