package org.summittracker.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inputs that a hostile client or a fuzzer sends, ready to stand in a query string or a
 * form body as they are: broken {@code %} escapes and invalid UTF-8 left raw, everything
 * else percent-encoded. The same seed gives the same inputs, so a failure can be
 * replayed.
 */
public final class HostileInputs {

	/** Already in the wire form: what no encoder would produce. */
	private static final List<String> RAW = List.of("%", "%z", "%zz", "%%", "%g0", "%2", "abc%", "%u0041", "%c3%28",
			"%ff%fe", "%e2%82", "%ed%a0%80", "%00", "a%00b", "%00%00%00", "%01", "%0d%0a", "%09", "%7f", "%1b%5b31m",
			"%2e%2e%2f%2e%2e%2f", "%5c", "%25", "%2525", "%c0%ae", "%e0%80%af");

	/** Plain text, percent-encoded before use. */
	private static final List<String> TEXT = List.of("", " ", "0", "-1", "1", "2147483647", "2147483648", "-2147483648",
			"-2147483649", "9223372036854775807", "9223372036854775808", "1e309", "-0", "0x10", "1.5", "NaN",
			"Infinity", "\u0663", "\uff11\uff12", "null", "undefined", "true", "HEAD_OF_STATE", "head_of_state", "NOPE",
			"MEMBER,OBSERVER", "2024-13-01", "2024-02-30", "0000-00-00", "99999-12-31", "2024-7-", "-2024",
			"2024/07/03", "+10000-01-01", "2024-07-03T25:00", "' or '1'='1", "1;drop table nation",
			"<script>alert(1)</script>", "${7*7}", "__${T(java.lang.Runtime).getRuntime()}__::x", "*{7*7}",
			"../../../etc/passwd", "\\", "*", "%", "_", "\uD83D\uDE42", "\u202Eevil", "\uFEFF", "e\u0301\u0301\u0301",
			"\u0000", "a\u0000b", "\t", "\r\n", "sco", "nato", "-date", "name", "-", "--", "sco-2024-astana",
			"kazakhstan", "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1", "\u00e9\u00e8\u00ea\u00eb");

	private HostileInputs() {
	}

	/** {@code count} inputs: every fixed one first, then random mixtures of them. */
	public static List<String> generate(long seed, int count) {
		List<String> inputs = new ArrayList<>(RAW);
		TEXT.forEach((text) -> inputs.add(encode(text)));
		inputs.add(encode("a".repeat(101)));
		inputs.add(encode("\u00e9".repeat(1000)));
		inputs.add(encode("x".repeat(3000)));
		Random random = new Random(seed);
		while (inputs.size() < count) {
			StringBuilder mixed = new StringBuilder();
			int parts = 1 + random.nextInt(3);
			for (int i = 0; i < parts; i++) {
				mixed.append(random.nextBoolean() ? RAW.get(random.nextInt(RAW.size()))
						: encode(TEXT.get(random.nextInt(TEXT.size()))));
			}
			if (random.nextInt(8) == 0) {
				mixed.append(encode("9".repeat(5 + random.nextInt(40))));
			}
			inputs.add(mixed.toString());
		}
		return inputs.subList(0, count);
	}

	public static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
