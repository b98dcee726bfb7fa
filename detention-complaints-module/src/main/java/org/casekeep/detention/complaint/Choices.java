package org.casekeep.detention.complaint;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.casekeep.kernel.web.Option;

/** The reference data of complaints as the choices of the pages' selects and checkboxes, from the enums themselves. */
public final class Choices {

	/** The channels staff enter complaints from; the portal's complaints are filed by the public themselves. */
	public static final List<Option> CHANNELS = of(java.util.Arrays.stream(Channel.values())
		.filter(c -> c != Channel.PORTAL).toArray(Channel[]::new), Channel::label);
	public static final List<Option> SUBMITTER_ROLES = of(SubmitterRole.values(), SubmitterRole::label);
	public static final List<Option> SEXES = of(Sex.values(), Sex::label);
	public static final List<Option> TRANSGENDER = of(TransgenderStatus.values(), TransgenderStatus::label);
	public static final List<Option> CATEGORIES = of(Category.values(), Category::label);
	public static final List<Option> SUBJECTS = of(SubjectOfInquiry.values(), SubjectOfInquiry::label);
	public static final List<Option> STATUSES = of(ComplaintStatus.values(), ComplaintStatus::label);
	public static final List<Option> AGENCIES = of(ReferralAgency.values(), ReferralAgency::label);
	public static final List<Option> PROTECTIONS = of(ConfidentialityProtection.values(), ConfidentialityProtection::label);
	public static final List<Option> JURISDICTIONS = of(Jurisdiction.values(), Jurisdiction::label);

	private Choices() {
	}

	private static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
		return Arrays.stream(values).map(value -> new Option(value.name(), label.apply(value))).toList();
	}
}
