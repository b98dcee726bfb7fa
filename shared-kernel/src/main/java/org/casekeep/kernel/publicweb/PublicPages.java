package org.casekeep.kernel.publicweb;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The public pages' start, {@value PublicWeb#PREFIX}: the services open to the public. */
@Controller
class PublicPages {

	private final List<PublicService> services;

	PublicPages(List<PublicService> services) {
		this.services = List.copyOf(services);
	}

	@GetMapping({ PublicWeb.PREFIX, PublicWeb.PREFIX + "/" })
	String home(Model model) {
		model.addAttribute("services", services);
		return "public/home";
	}

	/** Over a rate limit: 429, {@code Retry-After} and a page in the person's language saying when to come back. */
	@ControllerAdvice(annotations = Controller.class)
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
	static class Errors {

		@ExceptionHandler
		ModelAndView tooMany(PublicRateLimits.Exceeded ex, HttpServletResponse response) {
			long seconds = Math.max(1, ex.retryAfter().toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			ModelAndView page = new ModelAndView("public/too-many", HttpStatus.TOO_MANY_REQUESTS);
			page.addObject("minutes", (seconds + 59) / 60);
			return page;
		}
	}
}
