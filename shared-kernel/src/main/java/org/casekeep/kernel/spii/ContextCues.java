package org.casekeep.kernel.spii;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The words that tell what a bare number or a date next to them is: "SSN", "A-Number", "date of birth", and words that
 * say it is something else ("phone", "invoice", "arrived"). The nearest cue before a value decides: in
 * {@code SSN on file; account 123456789} the account number is not an SSN.
 * <p>
 * A cue counts when it ends at most {@value #WINDOW} characters before the value and lies after the previous value
 * (the caller passes that as the start of the search), so that the cue of one value does not carry over to the next in
 * {@code DOB 01/02/1980, arrived 03/04/2001}. A cue in parentheses right after the value also counts:
 * {@code 01/02/1980 (DOB)}.
 */
final class ContextCues {

	/** How far before a value its cue may end, in characters. */
	static final int WINDOW = 30;

	/** The longest cue is shorter than this; the search for cues ending within the window starts this much earlier. */
	private static final int LONGEST_CUE = 40;

	/** What a cue says about the value next to it. */
	enum Cue {
		SSN, A_NUMBER, DATE_OF_BIRTH, UNRELATED
	}

	private static final String SSN = "SSNs?|S\\.\\s?S\\.\\s?N\\.?|SSAN|SS\\s?#|SS\\s?No\\.?"
			+ "|soc(?:ial)?\\.?\\s*sec(?:urity)?\\.?(?:\\s*(?:number|num\\.?|no\\.?|#|card))?";

	/** "A number" with a space only with a capital A: "a number of" is English. */
	private static final String A_NUMBER = "A-(?:number|num\\.?|no\\.?)|(?-i:A)\\s?(?:(?i:number)|(?-i:No)\\.|#)"
			+ "|A-?file(?:\\s*(?:number|no\\.?|#))?|alien\\s+(?:registration\\s+|reg\\.?\\s*)?(?:number|no\\.?|#)"
			+ "|USCIS\\s*(?:#|number)";

	private static final String DATE_OF_BIRTH = "DOB|D\\.\\s?O\\.\\s?B\\.?|date\\s+of\\s+birth|birth\\s*date"
			+ "|birthday|born|fecha\\s+de\\s+nacimiento";

	/** Labels of numbers and dates that are not SPII; they only stop a cue further back from counting. */
	private static final String UNRELATED = "phone|tel\\.?|telephone|fax|cell|mobile|call|account|acct\\.?|routing"
			+ "|invoice|inv\\.?|order|P\\.?O\\.?|tracking|ticket|claim|policy|zip(?:\\s+code)?|postal\\s+code"
			+ "|serial|model|part|confirmation|ref\\.?|reference|case|docket|receipt|EIN|TIN|ITIN|employee|badge"
			+ "|passport|visa|licen[cs]e|dated|received|arrived|arrival|entered|entry|hearing|appointment|interview"
			+ "|meeting|deadline|due|expires|expiration|expiry|issued|filed|signed|scheduled|detained|detention|released"
			+ "|removed|date";

	private static final String ALTERNATIVES = "(?<ssn>" + SSN + ")|(?<anumber>" + A_NUMBER + ")|(?<dob>"
			+ DATE_OF_BIRTH + ")|(?<unrelated>" + UNRELATED + ")";

	/** Word-bounded at the start, and at the end unless the cue ends in punctuation ("SS#", "D.O.B."). */
	private static final Pattern BEFORE = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?:" + ALTERNATIVES + ")(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PARENTHESIZED = Pattern.compile(
			"\\s*[(\\[]\\s*(?:" + ALTERNATIVES + ")\\s*[)\\]]", Pattern.CASE_INSENSITIVE);

	private ContextCues() {
	}

	/**
	 * @param text the scanned text.
	 * @param from where the search may start at the earliest: the end of the previous value.
	 * @param valueStart where the value starts.
	 * @param valueEnd where the value ends.
	 * @param until where the search after the value must stop at the latest: the start of the next value.
	 * @return the cue nearest before the value within the window, else a parenthesized cue right after it, else
	 *         {@literal null}.
	 */
	static @Nullable Cue of(String text, int from, int valueStart, int valueEnd, int until) {
		Cue before = nearestBefore(text, from, valueStart);
		return before != null ? before : parenthesizedAfter(text, valueEnd, until);
	}

	private static @Nullable Cue nearestBefore(String text, int from, int valueStart) {
		int searchFrom = Math.max(from, valueStart - WINDOW - LONGEST_CUE);
		if (searchFrom >= valueStart) {
			return null;
		}
		Matcher cues = BEFORE.matcher(text).region(searchFrom, valueStart).useTransparentBounds(true);
		Cue nearest = null;
		while (cues.find()) {
			if (cues.end() >= valueStart - WINDOW) {
				nearest = cueOf(cues);
			}
		}
		return nearest;
	}

	private static @Nullable Cue parenthesizedAfter(String text, int valueEnd, int until) {
		if (valueEnd >= until) {
			return null;
		}
		Matcher cue = PARENTHESIZED.matcher(text).region(valueEnd, until);
		return cue.lookingAt() ? cueOf(cue) : null;
	}

	private static Cue cueOf(Matcher cue) {
		if (cue.group("ssn") != null) {
			return Cue.SSN;
		}
		if (cue.group("anumber") != null) {
			return Cue.A_NUMBER;
		}
		if (cue.group("dob") != null) {
			return Cue.DATE_OF_BIRTH;
		}
		return Cue.UNRELATED;
	}
}
