package org.casekeep.crm.web;

import java.util.Arrays;
import java.util.List;

import org.casekeep.crm.IndividualDraft;
import org.casekeep.crm.IndividualView;
import org.casekeep.crm.Issue;
import org.casekeep.crm.OrganizationDraft;
import org.casekeep.crm.OrganizationView;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps between the pages' forms and the CRM's drafts and views. Lists typed as comma-separated text on the page
 * become lists; issue names become {@link Issue}s (an unknown name is dropped: the page only offers real ones).
 */
@Mapper
interface CrmFormMapper {

	@Mapping(target = "organizationId", ignore = true)
	IndividualDraft toDraft(IndividualForm form);

	IndividualForm toForm(IndividualView view);

	OrganizationDraft toDraft(OrganizationForm form);

	OrganizationForm toForm(OrganizationView view);

	default List<String> split(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	default String join(@Nullable List<String> values) {
		return values == null ? "" : String.join(", ", values);
	}

	default List<Issue> issues(@Nullable List<String> names) {
		if (names == null) {
			return List.of();
		}
		return names.stream().filter(name -> Arrays.stream(Issue.values()).anyMatch(i -> i.name().equals(name)))
			.map(Issue::valueOf).toList();
	}
}
