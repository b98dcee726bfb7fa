package org.casekeep.correspondence.trackers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.pii.FieldDescriptor;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.RecordTypeDescriptor;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.pii.VisibilityScope;
import org.jspecify.annotations.Nullable;

/**
 * One tracker type as its configuration file declares it: the only place its fields, their personal data, its stages
 * and milestones, its library, schedule, intake form and notices are written. Checked when read, so a declaration
 * that contradicts itself (a stage that leads nowhere known, a required field not on the form) stops the start.
 *
 * @param code the type's code in URLs and reference numbers, e.g. {@code occ-pmt}.
 * @param source the Appendix A section it comes from, for the data inventory.
 * @param retention the code of its retention schedule.
 * @param referencePrefix the prefix of its items' reference numbers, e.g. {@code OCC}.
 * @param duplicates sets of fields: two items agreeing on every field of one set are possible duplicates.
 */
record TrackerType(String code, String name, String description, String source, String legalBasis, String retention,
		String referencePrefix, Library library, List<Field> fields, List<Stage> stages, List<Milestone> milestones,
		List<Flag> flags, List<List<String>> duplicates) {

	static final String RECORD_TYPE_PREFIX = "correspondence.tracker.";

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,30}");

	private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,40}");

	TrackerType {
		Objects.requireNonNull(code, "code");
		description = description == null ? "" : description;
		fields = fields == null ? List.of() : List.copyOf(fields);
		stages = stages == null ? List.of() : List.copyOf(stages);
		milestones = milestones == null ? List.of() : List.copyOf(milestones);
		flags = flags == null ? List.of() : List.copyOf(flags);
		duplicates = duplicates == null ? List.of() : duplicates.stream().map(List::copyOf).toList();
	}

	/** The kernel record type of its items, e.g. {@code correspondence.tracker.occ-pmt}. */
	String recordType() {
		return RECORD_TYPE_PREFIX + code;
	}

	Optional<Field> field(String fieldName) {
		return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
	}

	Optional<Stage> stage(String stageCode) {
		return stages.stream().filter(s -> s.code().equals(stageCode)).findFirst();
	}

	Stage requireStage(String stageCode) {
		return stage(stageCode).orElseThrow(() -> new IllegalStateException(code + " has no stage " + stageCode));
	}

	Stage initialStage() {
		return stages.stream().filter(Stage::initial).findFirst().orElseThrow();
	}

	public List<Field> intakeFields() {
		return fields.stream().filter(Field::onIntake).toList();
	}

	public List<Field> listFields() {
		return fields.stream().filter(Field::list).toList();
	}

	/** Whether the actor works in the restricted library: holds one of its roles, in one of its components. */
	boolean inLibrary(Actor actor) {
		return library.roles().stream().anyMatch(actor::hasRole)
				&& (library.components().isEmpty() || library.components().contains(actor.component()));
	}

	/** Whether the actor may use the intake form. */
	boolean maySubmit(Actor actor) {
		return library.submitters() == Submitters.ANY_EMPLOYEE ? actor.component() != null : inLibrary(actor);
	}

	/** Whether the actor reads the type's summary (monthly summary, metrics). */
	boolean mayReadSummary(Actor actor) {
		return !library.summaryRoles().isEmpty() && inLibrary(actor)
				&& library.summaryRoles().stream().anyMatch(actor::hasRole);
	}

	/** The type as the kernel catalog knows it: its personal-data fields, schedule and legal basis. */
	RecordTypeDescriptor descriptor() {
		Map<String, FieldDescriptor> declared = new LinkedHashMap<>();
		for (Field field : fields) {
			PersonalDataDeclaration pd = field.personalData();
			if (pd != null) {
				declared.put(field.name(), FieldDescriptor.declared(field.name(), pd.category(), pd.sensitivity(),
						Set.copyOf(pd.visibleTo()), pd.scope(), pd.exportable(),
						pd.description().isBlank() ? field.label() : pd.description()));
			}
		}
		return new RecordTypeDescriptor(recordType(), "correspondence", retention, null, legalBasis,
				source + " (tracker " + name + ")", declared);
	}

	/**
	 * Checks the declaration against itself.
	 * @throws IllegalStateException naming the file's type and what is wrong.
	 */
	TrackerType checked() {
		String where = "Tracker type " + code + ": ";
		require(CODE.matcher(code).matches(), where + "code must be lower case letters, digits and dashes");
		require(!isBlank(name) && !isBlank(source) && !isBlank(legalBasis) && !isBlank(retention)
				&& !isBlank(referencePrefix),
				where + "name, source, legalBasis, retention and referencePrefix are required");
		require(library != null && !library.roles().isEmpty(), where + "library must name at least one role");
		require(!fields.isEmpty(), where + "declares no field");
		for (Field field : fields) {
			require(NAME.matcher(field.name()).matches(),
					where + "field name '" + field.name() + "' is not an identifier");
			require(fields.stream().filter(f -> f.name().equals(field.name())).count() == 1,
					where + "field " + field.name() + " is declared twice");
			require(field.type() != null && !isBlank(field.label()),
					where + "field " + field.name() + " needs a type and a label");
			require(field.type() != FieldType.CHOICE || !field.options().isEmpty(),
					where + "choice field " + field.name() + " lists no options");
			require(!field.required() || field.onIntake(),
					where + "required field " + field.name() + " is not on the intake form");
			require(field.personalData() == null || field.personalData().category() != null,
					where + "field " + field.name() + " declares personal data without a category");
		}
		require(stages.stream().filter(Stage::initial).count() == 1, where + "needs exactly one initial stage");
		for (Stage stage : stages) {
			require(stages.stream().filter(s -> s.code().equals(stage.code())).count() == 1,
					where + "stage " + stage.code() + " is declared twice");
			stage.next().forEach(next -> require(stage(next).isPresent(),
					where + "stage " + stage.code() + " leads to unknown stage " + next));
			stage.requires().forEach(f -> require(field(f).isPresent(),
					where + "stage " + stage.code() + " requires unknown field " + f));
		}
		for (Milestone milestone : milestones) {
			require(stage(milestone.reachedAt()).isPresent(),
					where + "milestone " + milestone.code() + " is reached at unknown stage " + milestone.reachedAt());
			require(milestone.days() > 0, where + "milestone " + milestone.code() + " needs a positive number of days");
			require(milestone.from() == null
					|| field(milestone.from()).filter(f -> f.type() == FieldType.DATE).isPresent(),
					where + "milestone " + milestone.code() + " counts from " + milestone.from()
							+ ", not a date field");
		}
		for (Flag flag : flags) {
			require(field(flag.field()).filter(f -> f.type() == FieldType.DATE).isPresent(),
					where + "flag " + flag.code() + " reads " + flag.field() + ", not a date field");
		}
		duplicates.forEach(set -> set.forEach(f -> require(field(f).isPresent(),
				where + "duplicates compare unknown field " + f)));
		return this;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** Who may see the library's items, and who may fill in its intake form. */
	record Library(List<String> roles, List<String> components, Submitters submitters, List<String> summaryRoles) {

		Library {
			roles = roles == null ? List.of() : List.copyOf(roles);
			components = components == null ? List.of() : List.copyOf(components);
			submitters = submitters == null ? Submitters.LIBRARY : submitters;
			summaryRoles = summaryRoles == null ? List.of() : List.copyOf(summaryRoles);
		}
	}

	/** Who may submit through the intake form. */
	enum Submitters {
		/** Only those in the library. */
		LIBRARY,
		/**
		 * Any signed-in employee of a component (Appendix A, OPQ: "The form is able to be completed by DHS employees
		 * and contractors").
		 */
		ANY_EMPLOYEE
	}

	/**
	 * One field.
	 * @param intake whether the intake form asks for it (default: yes).
	 * @param list whether the list of items shows it.
	 * @param party whose fact it is, so that the facts of different people are kept apart (LETS: constituent, staffer).
	 * @param lookup whether items may be looked up by its value.
	 */
	record Field(String name, String label, FieldType type, boolean required, @Nullable Boolean intake, boolean list,
			List<String> options, @Nullable String party, boolean lookup, @Nullable String hint,
			@Nullable PersonalDataDeclaration personalData) {

		Field {
			options = options == null ? List.of() : List.copyOf(options);
		}

		boolean onIntake() {
			return intake == null || intake;
		}

		/**
		 * A choice as people read it, the one place the declared codes become words: {@code INTERIM_FINAL_RULE}
		 * reads "Interim final rule"; a short code of one word is an abbreviation and stays as it is ({@code AAO}).
		 */
		public String optionLabel(String option) {
			if (option.length() <= 3 && !option.contains("_")) {
				return option;
			}
			String words = option.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
			return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

		/**
		 * A stored value as the pages show it: a declared choice by its label, yes or no for a flag, anything else (a
		 * mask too) as it is; {@literal null} for none.
		 */
		public @Nullable String display(@Nullable Object value) {
			if (value == null) {
				return null;
			}
			if (type == FieldType.CHOICE && options.contains(value.toString())) {
				return optionLabel(value.toString());
			}
			if (type == FieldType.BOOLEAN && value instanceof Boolean flag) {
				return flag ? "Yes" : "No";
			}
			return value.toString();
		}
	}

	/** The personal-data declaration of a field, in the kernel's vocabulary ({@code @PersonalData}). */
	record PersonalDataDeclaration(PiiCategory category, Sensitivity sensitivity, List<String> visibleTo,
			VisibilityScope scope, Boolean exportable, String description) {

		PersonalDataDeclaration {
			sensitivity = sensitivity == null ? Sensitivity.MODERATE : sensitivity;
			visibleTo = visibleTo == null ? List.of() : List.copyOf(visibleTo);
			scope = scope == null ? VisibilityScope.ANY_COMPONENT : scope;
			exportable = exportable == null || exportable;
			description = description == null ? "" : description;
		}
	}

	/**
	 * One stage.
	 * @param next the stages it may move to; none for a final stage.
	 * @param by the roles that may move an item into it; empty: anybody in the library.
	 * @param requires the fields that must hold a value (a box ticked) before an item moves into it.
	 * @param notifyRequester whether the requester is told when an item reaches it.
	 * @param closes whether reaching it closes the item (retention anchored on closure counts from then).
	 * @param finalDecision whether reaching it is the final decision (retention anchored on it counts from then).
	 */
	record Stage(String code, String label, boolean initial, List<String> next, List<String> by, List<String> requires,
			boolean notifyRequester, boolean closes, boolean finalDecision) {

		Stage {
			next = next == null ? List.of() : List.copyOf(next);
			by = by == null ? List.of() : List.copyOf(by);
			requires = requires == null ? List.of() : List.copyOf(requires);
		}

		boolean isFinal() {
			return next.isEmpty();
		}
	}

	/**
	 * A date by which an item must reach a stage.
	 * @param days how many days after the item was received, or after the date field {@code from}.
	 * @param count business days (the default: federal business days) or calendar days.
	 */
	record Milestone(String code, String label, String reachedAt, int days, @Nullable DayCount count,
			@Nullable String from) {

		DayCount counting() {
			return count == null ? DayCount.BUSINESS_DAYS : count;
		}
	}

	/** How the days of a milestone are counted. */
	enum DayCount {
		BUSINESS_DAYS, CALENDAR_DAYS
	}

	/** A flag an item carries when its date field is at least {@code daysBeforeReceipt} days before its receipt. */
	record Flag(String code, String label, String field, int daysBeforeReceipt) {
	}
}
