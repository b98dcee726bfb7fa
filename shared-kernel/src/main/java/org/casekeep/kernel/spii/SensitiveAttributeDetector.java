package org.casekeep.kernel.spii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words that record a person's race, ethnicity or religion, so that a CRM user can be warned before saving such a
 * note: the CRM PIA (section 1.1) promises that the notes field will not be used for them. The result is a warning to
 * a person, not a decision, so the lexicon is curated for the obvious terms rather than complete.
 *
 * <h2>Lexicon</h2>
 * Matching is case-insensitive and word-bounded ({@code Islamabad} holds no {@code Islam}).
 * <ul>
 * <li><b>race</b>: race, racial, biracial, multiracial, mixed race, the U.S. Census race categories (African American,
 * Black or African American, Asian American, Caucasian, American Indian, Alaska Native, Native American, Native
 * Hawaiian, Pacific Islander), person/people of color, BIPOC, and "black" or "white" only before a word for a person
 * ({@code black male}, {@code white woman}): alone they are colors.</li>
 * <li><b>ethnicity</b>: ethnic, ethnicity, Hispanic, Latino/Latina/Latinx/Latine, Chicano/Chicana, Arab American,
 * national origin. Nationalities (Mexican, Salvadoran) are not in it: in immigration casework they are citizenship,
 * recorded on purpose.</li>
 * <li><b>religion</b>: religion, religious, the major faiths and their adherents (Muslim, Islam, Christian, Catholic,
 * Protestant, Evangelical, Baptist, Methodist, Lutheran, Presbyterian, Pentecostal, Mormon, Latter-day Saint,
 * Jehovah's Witness, Jewish, Jew, Judaism, Hindu, Buddhist, Sikh, atheist, agnostic), houses of worship (mosque,
 * synagogue), church attendance ("attends church", "churchgoer", "church member"), religious dress (hijab, kippah,
 * yarmulke) and observances (Ramadan, Sabbath). "Church" alone is not in it: it is most often a street or a venue.</li>
 * </ul>
 *
 * <h2>Deliberate exceptions</h2>
 * <ul>
 * <li>"race" about a contest is not race: {@code Senate race}, {@code arms race}, {@code close race},
 * {@code race to the bottom}, {@code race condition}.</li>
 * <li>A capitalized term followed by a word that names an organization is part of the organization's name, which CRM
 * notes must be able to record: {@code Catholic Charities}, {@code Hispanic Chamber of Commerce},
 * {@code Lutheran Immigration and Refugee Service}, {@code Jewish Federation}, {@code Hispanic Heritage Month}.</li>
 * <li>"Christian" is also a given name: after a title ({@code Mr. Christian}) or before a capitalized word that is not
 * a religious noun ({@code Christian Alvarez}, but not {@code Christian Church}) it is taken as a name. "Christian"
 * alone as a first name ("spoke with Christian") is still reported; telling names apart needs more than a lexicon.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class SensitiveAttributeDetector {

	private static final String RACE_TERMS = "black\\s+or\\s+african[\\s-]+americans?|african[\\s-]+americans?"
			+ "|asian[\\s-]+americans?|american\\s+indians?|alaskan?\\s+natives?|native\\s+americans?"
			+ "|native\\s+hawaiians?|pacific\\s+islanders?|caucasians?|mixed[\\s-]+race|biracial|multiracial"
			+ "|(?:person|people)\\s+of\\s+colou?r|BIPOC|racial(?:ly)?|races?"
			+ "|(?:black|white)\\s+(?:man|woman|men|women|male|males|female|females|person|people|individuals?|boy|girl)";

	private static final String ETHNICITY_TERMS = "ethnicit(?:y|ies)|ethnic(?:ally)?|hispanics?|latin[oa]s?|latinx"
			+ "|latine|chican[oa]s?|arab[\\s-]+americans?|national\\s+origin";

	private static final String RELIGION_TERMS = "religions?|religious(?:ly)?|muslims?|moslems?|islam|islamic"
			+ "|christians?|christianity|catholics?|catholicism|protestants?|evangelicals?|baptists?|methodists?"
			+ "|lutherans?|presbyterians?|pentecostals?|mormons?|latter[\\s-]+day\\s+saints?"
			+ "|jehovah['’]?s\\s+witness(?:es)?|jewish|jews?|judaism|hindus?|hinduism|buddhists?|buddhism|sikhs?|sikhism"
			+ "|atheists?|agnostics?|mosques?|synagogues?|church\\s+attendance|churchgoers?|church\\s+member(?:s|ship)?"
			+ "|(?:attends?|attended|attending|goes\\s+to|go\\s+to|going\\s+to|went\\s+to)"
			+ "\\s+(?:church|mass|mosque|synagogue|temple)|hijabs?|kippah|yarmulke|ramadan|sabbath";

	private static final Pattern TERMS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<race>" + RACE_TERMS
			+ ")|(?<ethnicity>" + ETHNICITY_TERMS + ")|(?<religion>" + RELIGION_TERMS + "))(?![\\p{L}\\p{N}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Words before "race" that make it a contest. */
	private static final Set<String> CONTESTS = Set.of("senate", "senatorial", "presidential", "mayoral",
			"gubernatorial", "congressional", "council", "house", "election", "electoral", "political", "primary",
			"runoff", "arms", "rat", "horse", "relay", "foot", "boat", "car", "bike", "bicycle", "drag", "space",
			"human", "tight", "close", "heated", "leadership", "charity", "fun", "sack");

	/** Words after "race" that make it a contest (or a software defect). */
	private static final Set<String> CONTEST_CONTINUATIONS = Set.of("to", "against", "for", "track", "tracks", "car",
			"cars", "horse", "horses", "day", "results", "course", "condition", "conditions");

	/** Capitalized words that turn the term before them into part of an organization's or an event's name. */
	private static final Set<String> ORGANIZATION_WORDS = Set.of("Charities", "Charity", "Legal", "Immigration",
			"Relief", "Service", "Services", "Social", "University", "College", "School", "Conference", "Council",
			"Network", "Coalition", "Federation", "Association", "Society", "League", "Alliance", "Center", "Centre",
			"Foundation", "Chamber", "Caucus", "Committee", "Bar", "Heritage", "Institute", "Organization",
			"Organisation", "Public", "Family", "Hospital", "Health", "Bishops");

	/** Capitalized words after "Christian" that keep it religious rather than a given name. */
	private static final Set<String> RELIGIOUS_NOUNS = Set.of("Church", "Churches", "Faith", "Fellowship",
			"Ministry", "Ministries", "Science", "Scientist", "Scientists", "Orthodox", "Community", "Communities",
			"Missionary", "Missionaries", "Values", "Worship");

	private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}\\p{N}]+)[^\\p{L}\\p{N}]*$");

	private static final Pattern NEXT_WORD = Pattern.compile("^[\\s-]+([\\p{L}\\p{N}]+)");

	private static final Pattern TITLE_BEFORE = Pattern.compile("(?:Mr|Mrs|Ms|Mx|Dr)\\.?\\s+$");

	/** How far back the word before a term is looked for. */
	private static final int LOOK_BACK = 40;

	/**
	 * A detector with the built-in lexicon; it holds no state, so one instance may serve every thread.
	 */
	public SensitiveAttributeDetector() {
	}

	/**
	 * @param text the text to scan, must not be {@literal null}.
	 * @return the findings in text order, not overlapping; empty if there are none.
	 */
	public List<SensitiveAttributeFinding> scan(String text) {
		Objects.requireNonNull(text, "text must not be null");
		List<SensitiveAttributeFinding> findings = new ArrayList<>();
		Matcher terms = TERMS.matcher(text);
		while (terms.find()) {
			String category = terms.group("race") != null ? SensitiveAttributeFinding.RACE
					: terms.group("ethnicity") != null ? SensitiveAttributeFinding.ETHNICITY
							: SensitiveAttributeFinding.RELIGION;
			if (!isException(text, terms.start(), terms.end())) {
				findings.add(new SensitiveAttributeFinding(category, terms.start(), terms.end(), terms.group()));
			}
		}
		return List.copyOf(findings);
	}

	private static boolean isException(String text, int start, int end) {
		String term = text.substring(start, end);
		String lowerCase = term.toLowerCase(Locale.ROOT);
		String next = nextWord(text, end);
		if (lowerCase.equals("race") || lowerCase.equals("races")) {
			String previous = previousWord(text, start);
			return CONTESTS.contains(previous.toLowerCase(Locale.ROOT))
					|| CONTEST_CONTINUATIONS.contains(next.toLowerCase(Locale.ROOT));
		}
		boolean capitalized = Character.isUpperCase(term.codePointAt(0));
		if (capitalized && ORGANIZATION_WORDS.contains(next)) {
			return true;
		}
		if (lowerCase.equals("christian")) {
			boolean beforeCapitalizedWord = !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
			return beforeCapitalizedWord && !RELIGIOUS_NOUNS.contains(next)
					|| TITLE_BEFORE.matcher(text.substring(Math.max(0, start - LOOK_BACK), start)).find();
		}
		return false;
	}

	/** @return the word right before {@code start} (punctuation in between allowed), or "" if there is none. */
	private static String previousWord(String text, int start) {
		Matcher previous = PREVIOUS_WORD.matcher(text.substring(Math.max(0, start - LOOK_BACK), start));
		return previous.find() ? previous.group(1) : "";
	}

	/** @return the word right after {@code end} (separated by white space or a hyphen), or "" if there is none. */
	private static String nextWord(String text, int end) {
		Matcher next = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + LOOK_BACK)));
		return next.find() ? next.group(1) : "";
	}
}
