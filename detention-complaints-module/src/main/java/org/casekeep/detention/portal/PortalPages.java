package org.casekeep.detention.portal;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.casekeep.detention.complaint.Category;
import org.casekeep.detention.complaint.SubjectOfInquiry;
import org.casekeep.detention.complaint.SubmitterRole;
import org.casekeep.detention.intake.ComplaintForm;
import org.casekeep.detention.intake.ComplaintIntake.PortalCase;
import org.casekeep.kernel.files.UploadRefusedException;
import org.casekeep.kernel.publicweb.FormStamps;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's pages, for anyone, without sign-in: the complaint form, the receipt shown once, the status check and
 * adding information. Every answer is {@code Cache-Control: no-store}; nothing personal is in a URL (the receipt is a
 * flash attribute, the complaint being followed up is remembered in the session after its code was checked, for
 * {@value #FOLLOW_UP_MINUTES} minutes). Every text comes from the message bundles, errors included.
 */
@Controller
class PortalPages {

	static final long FOLLOW_UP_MINUTES = 30;

	private static final String FOLLOW_UP = "detention.portal.followUp";

	/** What the public may give on the form (PIA 2.1); the channel and day received are the server's to set. */
	static final String[] PUBLIC_FIELDS = { "anonymous", "submitterRole", "submitterName", "submitterAliases",
			"submitterMailingAddress", "submitterEmail", "submitterPhone", "submitterOrganization", "detaineeName",
			"detaineeAliases", "aNumber", "detaineeMailingAddress", "detaineeEmail", "detaineePhone", "sex",
			"transgenderStatus", "dateOfBirth", "countryOfBirth", "citizenships", "stays[0].facility", "stays[0].detainedFrom", "stays[0].detainedTo", "incidentDate",
			"description", "categories", "otherCategory", "subjectOfInquiry", "otherFamilyMembers", "priorActions",
			"consentToInvestigate", "consentToRepresentative", "designatedRepresentative", "verificationSignedBy",
			"verificationSignedOn" };

	/** The complaint followed up in this session, after its receipt code was checked. */
	record FollowUp(java.util.UUID id, String caseNumber, org.casekeep.detention.complaint.ComplaintStatus status,
			Instant until) implements Serializable {

		static FollowUp of(PortalCase complaint) {
			return new FollowUp(complaint.id().value(), complaint.caseNumber(), complaint.status(),
					Instant.now().plus(Duration.ofMinutes(FOLLOW_UP_MINUTES)));
		}

		PortalCase complaint() {
			return new PortalCase(new org.casekeep.detention.complaint.ComplaintCase.ComplaintId(id), caseNumber, status);
		}
	}

	private final PortalSubmissions submissions;
	private final FormStamps stamps;
	private final MessageSource messages;

	PortalPages(PortalSubmissions submissions, FormStamps stamps, MessageSource messages) {
		this.submissions = submissions;
		this.stamps = stamps;
		this.messages = messages;
	}

	@InitBinder("form")
	void publicFieldsOnly(WebDataBinder binder) {
		binder.setAllowedFields(PUBLIC_FIELDS);
	}

	@GetMapping(PortalConfiguration.COMPLAINT)
	String complaint(Model model, HttpServletResponse response) {
		return form(model, new ComplaintForm(), response);
	}

	@PostMapping(PortalConfiguration.COMPLAINT)
	ModelAndView submit(@ModelAttribute("form") ComplaintForm form, BindingResult binding,
			@RequestParam(name = FormStamps.STAMP, required = false) @Nullable String stamp,
			@RequestParam(name = FormStamps.HONEYPOT, required = false) @Nullable String website,
			@RequestParam(name = "attachment", required = false) @Nullable MultipartFile attachment, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (!stamps.check(stamp, website).accepted()) {
			model.addAttribute("refused", true);
			return PageForms.unprocessable(form(model, form, response));
		}
		try {
			redirect.addFlashAttribute("receipt", submissions.submit(form, attachment, locale));
			return PageForms.seeOther(PortalConfiguration.COMPLAINT + "/received");
		}
		catch (InvalidInputException ex) {
			reject(ex, binding, locale);
		}
		catch (UploadRefusedException ex) {
			binding.reject("attachment", message("detention.portal.error.attachment." + ex.reason().name(), locale));
		}
		model.addAttribute("fileAgain", attachment != null && !attachment.isEmpty());
		return PageForms.unprocessable(form(model, form, response));
	}

	@GetMapping(PortalConfiguration.COMPLAINT + "/received")
	String received(Model model, HttpServletResponse response) {
		noStore(response);
		return model.containsAttribute("receipt") ? "detention/portal/received"
				: "redirect:" + PortalConfiguration.COMPLAINT;
	}

	@GetMapping(PortalConfiguration.STATUS)
	String status(HttpServletResponse response) {
		noStore(response);
		return "detention/portal/status";
	}

	/** The same answer, in the same time, for an unknown case and a wrong code (kernel ReceiptCodes). */
	@PostMapping(PortalConfiguration.STATUS)
	ModelAndView check(@RequestParam(required = false) @Nullable String caseNumber,
			@RequestParam(required = false) @Nullable String receiptCode, HttpSession session,
			HttpServletResponse response) {
		noStore(response);
		Optional<PortalCase> found = submissions.followUp(caseNumber, receiptCode);
		if (found.isEmpty()) {
			ModelAndView page = new ModelAndView("detention/portal/status");
			page.addObject("notFound", true);
			page.addObject("caseNumber", caseNumber);
			return page;
		}
		session.setAttribute(FOLLOW_UP, FollowUp.of(found.get()));
		return PageForms.seeOther(PortalConfiguration.STATUS + "/case");
	}

	@GetMapping(PortalConfiguration.STATUS + "/case")
	String followUp(HttpSession session, Model model, HttpServletResponse response) {
		noStore(response);
		FollowUp followUp = followed(session);
		if (followUp == null) {
			return "redirect:" + PortalConfiguration.STATUS;
		}
		model.addAttribute("complaint", followUp.complaint());
		return "detention/portal/case";
	}

	@PostMapping(PortalConfiguration.STATUS + "/information")
	ModelAndView add(@RequestParam(required = false) @Nullable String text,
			@RequestParam(name = "attachment", required = false) @Nullable MultipartFile attachment, HttpSession session,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		noStore(response);
		FollowUp followUp = followed(session);
		if (followUp == null) {
			return PageForms.seeOther(PortalConfiguration.STATUS);
		}
		String problem;
		try {
			submissions.add(followUp.complaint(), text, attachment);
			redirect.addFlashAttribute("added", true);
			return PageForms.seeOther(PortalConfiguration.STATUS + "/case");
		}
		catch (InvalidInputException ex) {
			problem = message("detention.portal.error.information", locale);
		}
		catch (UploadRefusedException ex) {
			problem = message("detention.portal.error.attachment." + ex.reason().name(), locale);
		}
		ModelAndView page = PageForms.unprocessable("detention/portal/case");
		page.addObject("complaint", followUp.complaint());
		page.addObject("problem", problem);
		page.addObject("text", text);
		return page;
	}

	private @Nullable FollowUp followed(HttpSession session) {
		if (session.getAttribute(FOLLOW_UP) instanceof FollowUp followUp && followUp.until().isAfter(Instant.now())) {
			return followUp;
		}
		session.removeAttribute(FOLLOW_UP);
		return null;
	}

	private String form(Model model, ComplaintForm form, HttpServletResponse response) {
		noStore(response);
		model.addAttribute("form", form);
		model.addAttribute("stamp", stamps.issue());
		model.addAttribute("roles", List.of(SubmitterRole.values()));
		model.addAttribute("categories", List.of(Category.values()));
		model.addAttribute("subjects", List.of(SubjectOfInquiry.values()));
		model.addAttribute("sexes", List.of(org.casekeep.detention.complaint.Sex.values()));
		model.addAttribute("transgender", List.of(org.casekeep.detention.complaint.TransgenderStatus.values()));
		return "detention/portal/complaint";
	}

	/**
	 * Puts each problem next to its field, in the person's language: the intake's checks name the element (e.g.
	 * {@code detentionHistory[0].facility}), the portal words it.
	 */
	private void reject(InvalidInputException ex, BindingResult binding, Locale locale) {
		for (FieldProblem problem : ex.problems()) {
			String field = problem.field().replace("detentionHistory[", "stays[").replaceAll("^(\\w+)\\[\\d+]$", "$1");
			String key = "detention.portal.error." + field.replaceAll("\\[\\d+]", "");
			String text = messages.getMessage(key, null, null, locale);
			if (text == null) {
				text = message("detention.portal.error.invalid", locale);
			}
			if (List.of(PUBLIC_FIELDS).contains(field) || field.equals("categories")) {
				binding.rejectValue(field, "invalid", text);
			}
			else {
				binding.reject("invalid", text);
			}
		}
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}
}
