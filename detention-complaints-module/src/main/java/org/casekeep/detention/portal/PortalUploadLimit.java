package org.casekeep.detention.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A portal form sent with a file larger than the server reads at all ({@code spring.servlet.multipart.max-file-size})
 * is refused before any controller sees it: the person gets a 413 page in their language saying so, never an error
 * page, and nothing is stored. Elsewhere the exception goes on to the platform's own handling.
 */
@ControllerAdvice
class PortalUploadLimit {

	private final MessageSource messages;

	PortalUploadLimit(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/public/detention/")) {
			throw ex;
		}
		ModelAndView page = new ModelAndView("detention/portal/problem", HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("problem", messages.getMessage("detention.portal.error.attachment.TOO_LARGE", null, locale));
		return page;
	}
}
