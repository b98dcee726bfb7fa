package org.casekeep.crm.web;

import java.util.Arrays;
import java.util.List;

import org.casekeep.crm.Issue;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.values.UsState;
import org.springframework.validation.BindingResult;

/** What the CRM pages share: select options and turning rejected input into field errors. */
final class CrmPageSupport {

	/** An option of a select or checkbox group; {@code name()} is submitted, {@code label} shown. */
	record Option(String name, String label) {
		public String getLabel() {
			return label;
		}
	}

	static final List<Option> ISSUES = Arrays.stream(Issue.values()).map(i -> new Option(i.name(), i.getLabel())).toList();

	static final List<Option> STATES = Arrays.stream(UsState.values())
		.map(s -> new Option(s.code(), s.code() + " – " + s.fullName())).toList();

	private CrmPageSupport() {
	}

	/** Puts each rejected field's message next to the field; fields the form does not have go to the form. */
	static void reject(InvalidInputException ex, BindingResult binding) {
		for (FieldProblem problem : ex.problems()) {
			if (binding.getTarget() != null
					&& org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), problem.field()) != null) {
				binding.rejectValue(problem.field(), "invalid", problem.message());
			}
			else {
				binding.reject("invalid", problem.message());
			}
		}
	}
}
