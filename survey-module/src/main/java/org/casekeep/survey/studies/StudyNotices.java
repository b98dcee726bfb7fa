package org.casekeep.survey.studies;

import java.util.List;

/**
 * What a feature of customer research asks the study's page to show at its top, such as an overdue vendor contract
 * (Customer Research PIA 5.2). Features contribute a bean; the page lists what each says, so the page depends on none
 * of them.
 */
public interface StudyNotices {

	/**
	 * The notices for a study the current actor may read, as sentences; empty for none.
	 * @param study must not be {@literal null}.
	 */
	List<String> of(StudyView study);
}
