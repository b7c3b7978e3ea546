package org.summittracker.historian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summits a visit's description or a trip's remarks say the traveller attended:
 * organization summits (NATO, G7, G20, APEC, ASEAN, the East Asia Summit, the Quad, the
 * UN General Assembly), and named meetings no organization holds (the Nuclear Security
 * Summit, the Summit of the Americas, the North American Leaders' Summit ...). Sentences
 * about ministers' meetings, preparations or briefings name no summit attended.
 */
final class SummitMentions {

	/** An organization's summit (by acronym) or a named meeting (by name). */
	record Mention(String acronym, String meeting) {

		boolean organization() {
			return this.acronym != null;
		}

		String key() {
			return organization() ? "org:" + this.acronym : "meeting:" + VisitorNames.slug(this.meeting);
		}

	}

	/** The organizations the importer knows, with the name to create one under. */
	static final Map<String, String[]> ORGANIZATIONS = Map.of("NATO",
			new String[] { "nato", "North Atlantic Treaty Organization", "MILITARY_ALLIANCE" }, "G7",
			new String[] { "g7", "Group of Seven", "INFORMAL_FORUM" }, "G20",
			new String[] { "g20", "Group of Twenty", "INFORMAL_FORUM" }, "APEC",
			new String[] { "apec", "Asia-Pacific Economic Cooperation", "INTERGOVERNMENTAL_ORGANIZATION" }, "ASEAN",
			new String[] { "asean", "Association of Southeast Asian Nations", "INTERGOVERNMENTAL_ORGANIZATION" }, "EAS",
			new String[] { "eas", "East Asia Summit", "INFORMAL_FORUM" }, "Quad",
			new String[] { "quad", "Quadrilateral Security Dialogue", "INFORMAL_FORUM" }, "UN",
			new String[] { "un", "United Nations", "INTERGOVERNMENTAL_ORGANIZATION" });

	private static final String APOSTROPHE = "[’']?";

	private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

	static {
		PATTERNS.put("G20", Pattern.compile("\\bG-?20 (Economic |Leaders" + APOSTROPHE + " )?Summit"));
		PATTERNS.put("G7", Pattern.compile("\\bG-?[78] (Economic |Leaders" + APOSTROPHE + " )?Summit"
				+ "|(?<!G-?20 )(?<!Global )(?<!Investors )\\bEconomic Summit"));
		PATTERNS.put("NATO", Pattern.compile("\\bNATO" + APOSTROPHE + "s? (\\d+(st|nd|rd|th) Anniversary )?Summit"
				+ "|North Atlantic (Alliance|Council|Treaty) (\\w+ )?Summit"));
		PATTERNS.put("APEC",
				Pattern.compile("\\bAPEC (Economic )?Leaders" + APOSTROPHE + " (Summit|Meeting)|\\bAPEC Summit"
						+ "|Asia-Pacific Economic (and )?Cooperation (Forum )?(Leaders" + APOSTROPHE + " )?Summit"));
		PATTERNS.put("ASEAN", Pattern.compile("(?<!U\\.S\\.-)(?<!US-)\\bASEAN (Leaders" + APOSTROPHE + " )?Summit"));
		PATTERNS.put("EAS", Pattern.compile("\\bEast Asian? Summit(?! Foreign)"));
		PATTERNS.put("Quad", Pattern.compile("\\bQuad(rilateral)? (Leaders" + APOSTROPHE + " )?Summit"));
		PATTERNS.put("UN", Pattern.compile("\\bU\\.?N\\.? General Assembly|United Nations General Assembly"));
	}

	private static final Map<String, Pattern> MEETINGS = new LinkedHashMap<>();

	static {
		MEETINGS.put("North American Leaders’ Summit",
				Pattern.compile("North American Leaders" + APOSTROPHE + " Summit"));
		MEETINGS.put("Nuclear Security Summit", Pattern.compile("Nuclear Security Summit"));
		MEETINGS.put("Summit of the Americas", Pattern.compile("Summit of the Americas"));
	}

	/** Sentences that name a summit without saying the traveller attended it. */
	private static final Pattern NOT_ATTENDED = Pattern
		.compile("Foreign Minister|Ministerial|[Pp]reparations? for|Briefed|[Pp]re-[Ss]ummit|Defense Minister");

	/**
	 * A summit a visit's description names: "Attended the U.S.-Africa Leaders Summit."
	 */
	private static final Pattern ATTENDED_NAMED = Pattern.compile(
			"[Aa]ttend(?:ed|ing) (?:the )?((?:[A-Z0-9][\\w.’'-]*|and|of|the|for|on) (?:[A-Z0-9][\\w.’'-]*|and|of|the|for|on| )*Summit)");

	private SummitMentions() {
	}

	/** The summits a text names as attended, each once, in the order they appear. */
	static List<Mention> in(String text, boolean namedAttendance) {
		Map<String, Mention> found = new LinkedHashMap<>();
		for (String sentence : text.split("(?<=[.;])\\s+")) {
			if (NOT_ATTENDED.matcher(sentence).find()) {
				continue;
			}
			for (Map.Entry<String, Pattern> pattern : PATTERNS.entrySet()) {
				if (pattern.getValue().matcher(sentence).find()) {
					found.putIfAbsent("org:" + pattern.getKey(), new Mention(pattern.getKey(), null));
				}
			}
			for (Map.Entry<String, Pattern> meeting : MEETINGS.entrySet()) {
				if (meeting.getValue().matcher(sentence).find()) {
					Mention mention = new Mention(null, meeting.getKey());
					found.putIfAbsent(mention.key(), mention);
				}
			}
			if (namedAttendance && found.isEmpty()) {
				Matcher named = ATTENDED_NAMED.matcher(sentence);
				if (named.find()) {
					String name = named.group(1).replaceAll("\\s+", " ").trim();
					if (name.split(" ").length >= 2) {
						Mention mention = new Mention(null, name);
						found.putIfAbsent(mention.key(), mention);
					}
				}
			}
		}
		return new ArrayList<>(found.values());
	}

}
