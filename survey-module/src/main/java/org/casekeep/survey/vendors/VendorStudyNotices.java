package org.casekeep.survey.vendors;

import java.util.List;

import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyNotices;
import org.casekeep.survey.studies.StudyView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the study's page when its vendor contract is overdue (Customer Research PIA 5.2). */
@Component
class VendorStudyNotices implements StudyNotices {

	private final VendorContracts contracts;
	private final ResearchTime time;
	private final MessageSource messages;

	VendorStudyNotices(VendorContracts contracts, ResearchTime time, MessageSource messages) {
		this.contracts = contracts;
		this.time = time;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> of(StudyView study) {
		return contracts.findByStudyId(study.id()).filter(c -> c.overdue(time.today()))
			.map(c -> List.of(messages.getMessage("research.vendor.overdue", new Object[] { c.getReturnBy().toString() },
					LocaleContextHolder.getLocale())))
			.orElse(List.of());
	}
}
