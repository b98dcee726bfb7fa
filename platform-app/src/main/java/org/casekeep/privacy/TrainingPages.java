package org.casekeep.privacy;

import java.time.LocalDate;
import java.util.List;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.PrivacyRoles;
import org.casekeep.kernel.training.PrivacyTraining;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Privacy training in the privacy console (OIDO PIA 8.2): the latest completion of each person, those lapsing first
 * at the top, and the form with which the privacy office records one. Case data the modules put behind training
 * opens to a person as soon as theirs is recorded.
 */
@Controller
@RequestMapping("/privacy/training")
class TrainingPages {

	private final PrivacyTraining training;
	private final org.casekeep.kernel.web.PageTimes times;

	TrainingPages(PrivacyTraining training, org.casekeep.kernel.web.PageTimes times) {
		this.training = training;
		this.times = times;
	}

	@GetMapping
	String training(Model model) {
		model.addAttribute("recording", new TrainingForm());
		return page(model);
	}

	@PostMapping
	ModelAndView record(@ModelAttribute("recording") TrainingForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			PrivacyTraining.Completion completion = training.record(new PrivacyTraining.Recording(form.getUsername(),
					form.getComponent(), form.getCourse(), PageForms.date(form.getCompletedOn(), "completedOn")));
			redirect.addFlashAttribute("notice", "The training of " + completion.username()
					+ " was recorded. It is current until " + times.date(completion.currentUntil()) + ".");
			return PageForms.seeOther("/privacy/training");
		}
		catch (InvalidInputException ex) {
			PageForms.reject(ex, binding);
			return PageForms.unprocessable(page(model));
		}
	}

	private String page(Model model) {
		var actor = Actors.require();
		boolean office = actor.hasAnyRole(PrivacyRoles.PRIVACY_OFFICER, PrivacyRoles.CHIEF_PRIVACY_OFFICER);
		model.addAttribute("mayRecord", office);
		model.addAttribute("completions", office ? training.latest(null) : List.of());
		model.addAttribute("today", LocalDate.now(times.zone()));
		return "privacy/training";
	}

	/** The recording form. */
	static class TrainingForm {

		private @Nullable String username;
		private @Nullable String component;
		private @Nullable String course = "DHS Privacy Awareness";
		private @Nullable String completedOn;

		public @Nullable String getUsername() { return username; }
		public void setUsername(@Nullable String username) { this.username = username; }
		public @Nullable String getComponent() { return component; }
		public void setComponent(@Nullable String component) { this.component = component; }
		public @Nullable String getCourse() { return course; }
		public void setCourse(@Nullable String course) { this.course = course; }
		public @Nullable String getCompletedOn() { return completedOn; }
		public void setCompletedOn(@Nullable String completedOn) { this.completedOn = completedOn; }
	}

	/** The same in the API: {@code GET} the latest completions, {@code POST} a completion. */
	@RestController
	@RequestMapping("/api/privacy/training")
	static class TrainingApi {

		private final PrivacyTraining training;

		TrainingApi(PrivacyTraining training) {
			this.training = training;
		}

		@GetMapping
		List<PrivacyTraining.Completion> latest(@RequestParam(required = false) @Nullable String component) {
			return training.latest(component);
		}

		@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
		ResponseEntity<PrivacyTraining.Completion> record(@RequestBody PrivacyTraining.Recording recording) {
			return ResponseEntity.status(201).body(training.record(recording));
		}
	}
}
