package org.casekeep.crm.outreach;

import java.time.LocalDate;
import java.util.Locale;

import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.kernel.time.ReportingPeriod;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.values.ComponentCode;
import org.jspecify.annotations.Nullable;

/**
 * What an outreach report counts: one issue or all, one component or all, and the period of the interactions.
 *
 * @param issue an {@link Issue} code, or {@literal null} for every issue.
 * @param component a component code, or {@literal null} for every component.
 * @param period the interactions counted, by the day they happened.
 */
public record OutreachFilter(@Nullable String issue, @Nullable String component, ReportingPeriod period) {

	/**
	 * The filter as typed, each part optional; an issue in any case, a component code in any case.
	 * @throws InvalidInputException naming {@code issue}, {@code component} or {@code from}, with nothing counted.
	 */
	public static OutreachFilter of(IssueCatalog issues, @Nullable String issue, @Nullable String component,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		InputCheck check = new InputCheck();
		String issueName = null;
		if (issue != null && !issue.isBlank()) {
			issueName = issues.parse(issue).map(Issue::code).orElse(null);
			if (issueName == null) {
				check.reject("issue", "Choose one of the issues");
			}
		}
		String code = null;
		if (component != null && !component.isBlank()) {
			if (ComponentCode.isValid(component)) {
				code = component.strip().toUpperCase(Locale.ROOT);
			}
			else {
				check.reject("component", "A component is 2 to 6 letters, e.g. ICE or PSO");
			}
		}
		check.throwIfInvalid();
		return new OutreachFilter(issueName, code, ReportingPeriod.of(from, to));
	}
}
