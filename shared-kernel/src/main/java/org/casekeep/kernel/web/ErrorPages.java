package org.casekeep.kernel.web;

import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's error dispatch answers, for errors no controller handled: a path nothing maps, a
 * method a path does not take, a request body over the size limit. The API ({@code /api/**}) gets an RFC 9457 problem
 * document like every other API error; pages get the shell's error page. Neither ever shows an exception, its message
 * or a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	/** The error pages the shell has of its own; other 4xx statuses use {@code error.html}, 5xx {@code error/5xx}. */
	private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404);

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
			problem.setTitle(status.getReasonPhrase());
			problem.setInstance(java.net.URI.create(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		String view = OWN_PAGES.contains(status.value()) ? "error/" + status.value()
				: status.is5xxServerError() ? "error/5xx" : "error";
		ModelAndView page = new ModelAndView(view);
		page.addObject("status", status.value());
		page.setStatus(status);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is no resource at this address.";
			case METHOD_NOT_ALLOWED -> "This resource does not take this method.";
			case CONTENT_TOO_LARGE -> "The request is larger than the server accepts (files at most 20 MB, a request at "
					+ "most 30 MB).";
			case UNSUPPORTED_MEDIA_TYPE -> "This resource does not take this content type.";
			case BAD_REQUEST -> "The request could not be read.";
			default -> status.is5xxServerError() ? "Something went wrong on our side; nothing was changed."
					: "The request was refused.";
		};
	}
}
