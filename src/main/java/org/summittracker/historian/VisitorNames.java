package org.summittracker.historian;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the Office's visitor strings into a title and a name ("Prime Minister Kishida
 * Fumio", "Prime MinisterHaidar al- Abadi", "President Andrzej Duda and Prime Minister
 * Donald Tusk"), and turns names into the keys people are matched by: the words without
 * accents, case, punctuation or honorifics, in any order, so "Kishida Fumio" is "Fumio
 * Kishida" and "Recep Tayyip Erdogan" is "Recep Tayyip Erdoğan".
 */
final class VisitorNames {

	/** What a title says of its holder's standing at a meeting. */
	enum Rank {

		HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, OTHER

	}

	/** A name with the title it was given, as the record spells both. */
	record Titled(String title, String name, Rank rank) {

		String raw() {
			return (this.title.isEmpty()) ? this.name : this.title + " " + this.name;
		}

	}

	/**
	 * The titles the datasets use, longest first so "President-elect" is not read as
	 * "President", each with the canonical spelling (typos included) and its rank.
	 */
	private static final Map<String, Object[]> TITLES = new LinkedHashMap<>();

	static {
		title("Chairman of the Presidency", "Chairman of the Presidency", Rank.HEAD_OF_STATE);
		title("Interim Prime Minister", "Interim Prime Minister", Rank.HEAD_OF_GOVERNMENT);
		title("Acting Prime Minister", "Acting Prime Minister", Rank.HEAD_OF_GOVERNMENT);
		title("First Deputy Prime Minister", "First Deputy Prime Minister", Rank.OTHER);
		title("Deputy Prime Minister", "Deputy Prime Minister", Rank.OTHER);
		title("Prime Minister-Prince", "Prime Minister", Rank.HEAD_OF_GOVERNMENT);
		title("Prime Ministere", "Prime Minister", Rank.HEAD_OF_GOVERNMENT);
		title("Prime Minister", "Prime Minister", Rank.HEAD_OF_GOVERNMENT);
		title("Prime Minster", "Prime Minister", Rank.HEAD_OF_GOVERNMENT);
		title("Provisional President", "Provisional President", Rank.HEAD_OF_STATE);
		title("Interim President", "Interim President", Rank.HEAD_OF_STATE);
		title("Acting President", "Acting President", Rank.HEAD_OF_STATE);
		title("Vice President", "Vice President", Rank.OTHER);
		title("President-designate", "President-designate", Rank.OTHER);
		title("President- designate", "President-designate", Rank.OTHER);
		title("President-elect", "President-elect", Rank.OTHER);
		title("President-Elect", "President-elect", Rank.OTHER);
		title("President- elect", "President-elect", Rank.OTHER);
		title("President", "President", Rank.HEAD_OF_STATE);
		title("Federal Chancellor", "Federal Chancellor", Rank.HEAD_OF_GOVERNMENT);
		title("Chancellor-elect", "Chancellor-elect", Rank.OTHER);
		title("Chancellor", "Chancellor", Rank.HEAD_OF_GOVERNMENT);
		title("Taoiseach", "Taoiseach", Rank.HEAD_OF_GOVERNMENT);
		title("Vice Premier", "Vice Premier", Rank.OTHER);
		title("Premier", "Premier", Rank.HEAD_OF_GOVERNMENT);
		title("Foreign Minister", "Foreign Minister", Rank.MINISTER);
		title("Secretary of State", "Secretary of State", Rank.MINISTER);
		title("Grand Duchess", "Grand Duchess", Rank.HEAD_OF_STATE);
		title("Grand Duke", "Grand Duke", Rank.HEAD_OF_STATE);
		title("Crown Prince", "Crown Prince", Rank.OTHER);
		title("Regent", "Regent", Rank.HEAD_OF_STATE);
		title("Emperor", "Emperor", Rank.HEAD_OF_STATE);
		title("Empress", "Empress", Rank.HEAD_OF_STATE);
		title("King", "King", Rank.HEAD_OF_STATE);
		title("Queen", "Queen", Rank.HEAD_OF_STATE);
		title("Shah", "Shah", Rank.HEAD_OF_STATE);
		title("Sultan", "Sultan", Rank.HEAD_OF_STATE);
		title("Amir", "Amir", Rank.HEAD_OF_STATE);
		title("Emir", "Emir", Rank.HEAD_OF_STATE);
		title("Pope", "Pope", Rank.HEAD_OF_STATE);
		title("Chief of State", "Chief of State", Rank.HEAD_OF_STATE);
		title("Head of State", "Head of State", Rank.HEAD_OF_STATE);
		title("Governor General", "Governor General", Rank.OTHER);
		title("First Secretary", "First Secretary", Rank.OTHER);
		title("Junta Member", "Junta Member", Rank.OTHER);
		title("Chairman", "Chairman", Rank.OTHER);
		title("Lieutenant General", "Lieutenant General", Rank.OTHER);
		title("Brigadier General", "Brigadier General", Rank.OTHER);
		title("General", "General", Rank.OTHER);
		title("Prince", "Prince", Rank.OTHER);
		title("Princess", "Princess", Rank.OTHER);
		title("Sheikh", "Sheikh", Rank.OTHER);
	}

	/** Titles a monarch is known by with one name ("King Hussein"). */
	private static final Set<String> MONARCHS = Set.of("King", "Queen", "Emperor", "Empress", "Shah", "Sultan", "Amir",
			"Emir", "Grand Duchess", "Grand Duke", "Pope", "Prince", "Princess", "Crown Prince", "Regent");

	/** Words that are honorifics, not names, wherever they stand. */
	private static final Set<String> HONORIFICS = Set.of("sheikh", "shaikh", "sir", "dr", "lord", "earl", "his", "her",
			"majesty", "highness", "excellency", "mr", "mrs", "ms", "general", "gen", "marshal", "sayyid", "haji",
			"hrh", "the", "of");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

	private VisitorNames() {
	}

	private static void title(String spelling, String canonical, Rank rank) {
		TITLES.put(spelling, new Object[] { canonical, rank });
	}

	/**
	 * The people a visitor string names: usually one, two for "President X and Prime
	 * Minister Y".
	 */
	static List<Titled> visitors(String raw) {
		String text = raw.replaceAll("\\s+", " ").trim();
		List<Titled> people = new ArrayList<>();
		String[] parts = text.split(" and ");
		if (parts.length > 1 && Arrays.stream(parts).allMatch((p) -> !title(p.trim()).title().isEmpty())) {
			for (String part : parts) {
				people.add(title(part.trim()));
			}
		}
		else {
			people.add(title(text));
		}
		return people;
	}

	/** The title the string starts with (possibly fused to the name) and the name. */
	static Titled title(String text) {
		for (Map.Entry<String, Object[]> title : TITLES.entrySet()) {
			String spelling = title.getKey();
			if (text.startsWith(spelling) && text.length() > spelling.length()) {
				char next = text.charAt(spelling.length());
				if (next == ' ' || Character.isUpperCase(next)) {
					String name = text.substring(spelling.length()).trim().replaceAll("- ", "-");
					if (!name.isEmpty()) {
						return new Titled((String) title.getValue()[0], name, (Rank) title.getValue()[1]);
					}
				}
			}
		}
		return new Titled("", text, Rank.OTHER);
	}

	/**
	 * The name a new person is recorded under: the name as the record gives it, or with
	 * the title for a monarch known by one name ("King Hussein").
	 */
	static String personName(Titled titled) {
		if (words(titled.name()).size() == 1 && MONARCHS.contains(titled.title())) {
			return titled.title() + " " + titled.name();
		}
		return titled.name();
	}

	/** The words of a name, without accents, case, punctuation or honorifics. */
	static List<String> words(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name.replace('ı', 'i')
			.replace('ł', 'l')
			.replace('ø', 'o')
			.replace('đ', 'd')
			.replace('ß', "ss".charAt(0)), Normalizer.Form.NFD)).replaceAll("");
		List<String> words = new ArrayList<>();
		for (String word : NOT_A_LETTER.split(plain.toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty() && !HONORIFICS.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** The key a name is matched by: its words in any order. */
	static String key(String name) {
		List<String> words = new ArrayList<>(words(name));
		words.sort(null);
		return String.join(" ", words);
	}

	/**
	 * A looser key: the first and last words in any order, so "Klaus Werner Iohannis" is
	 * close to "Klaus Iohannis". A close name is never linked without an editor's
	 * decision.
	 */
	static String looseKey(String name) {
		List<String> words = words(name);
		if (words.size() < 2) {
			return null;
		}
		String first = words.get(0);
		String last = words.get(words.size() - 1);
		return (first.compareTo(last) <= 0) ? first + " " + last : last + " " + first;
	}

	/** A URL slug of a name: "Recep Tayyip Erdoğan" is "recep-tayyip-erdogan". */
	static String slug(String name) {
		String slug = String.join("-", words(name.replace("'", "").replace("’", "")));
		if (slug.length() > 70) {
			slug = slug.substring(0, 70).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "unnamed" : slug;
	}

}
