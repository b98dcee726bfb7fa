package org.casekeep.detention.publication;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.publicweb.PublicService;
import org.casekeep.kernel.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The Ombudsman's public reading room, for anyone, without sign-in (kernel rate limits apply to {@code /public/**}):
 * the published reports and recommendations, and one of them. Only what is published is ever shown: a draft's or a
 * withdrawn version's id, or any other, is the same 404. Ids are random, nothing personal is in a URL, and the page
 * texts come from the bundles in English and Spanish; the report itself is shown as published.
 */
@Controller
class ReadingRoom {

	static final String PATH = "/public/detention/reports";

	private final Publishing publishing;

	ReadingRoom(Publishing publishing) {
		this.publishing = publishing;
	}

	@Bean
	static PublicService readingRoomService() {
		return new PublicService("detention.readingRoom.service.title", "detention.readingRoom.service.description",
				PATH);
	}

	@GetMapping(PATH)
	ModelAndView list(@RequestParam(required = false) @Nullable Integer page) {
		return new ModelAndView("detention/reading-room/list").addObject("results",
				publishing.readingRoom(Paging.of(page, null)));
	}

	@GetMapping(PATH + "/{publicId}")
	ModelAndView report(@PathVariable String publicId, HttpServletResponse response) {
		try {
			return new ModelAndView("detention/reading-room/report").addObject("report",
					publishing.published(UUID.fromString(publicId)));
		}
		catch (IllegalArgumentException | RecordNotFoundException ex) {
			return new ModelAndView("detention/reading-room/not-found", HttpStatus.NOT_FOUND);
		}
	}
}
