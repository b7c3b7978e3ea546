package org.summittracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.summittracker.person.NameKind;
import org.summittracker.person.OfficeKind;
import org.summittracker.organization.OrganizationKind;
import org.summittracker.organization.Standing;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Capacity;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All UI text lives in messages.properties: every key a template names exists, and so
 * does every enum label.
 */
class MessagesTest {

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyMessageKeyUsedInATemplateIsDefined() throws IOException {
		Properties messages = messages();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(TEMPLATES.relativize(file) + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownOnAPageHasALabel() throws IOException {
		Properties messages = messages();
		Set<String> missing = new TreeSet<>();
		for (Class<? extends Enum<?>> type : List.of(SummitKind.class, SummitStatus.class, Capacity.class,
				AttendanceStatus.class, AttendanceStanding.class, Standing.class, OrganizationKind.class,
				OfficeKind.class, NameKind.class)) {
			for (Enum<?> constant : type.getEnumConstants()) {
				String key = "enum." + type.getSimpleName() + "." + constant.name();
				if (!messages.containsKey(key)) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesCarryNoHardCodedTextOutsideMessages() throws IOException {
		Set<String> offenders = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Document template = Jsoup.parse(Files.readString(file));
				for (TextNode text : allTextNodes(template)) {
					if (text.text().codePoints().anyMatch(Character::isLetter) && !replacedByThymeleaf(text)) {
						offenders.add(TEMPLATES.relativize(file) + ": " + text.text().trim());
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static List<TextNode> allTextNodes(Document document) {
		List<TextNode> nodes = new java.util.ArrayList<>();
		document.traverse((node, depth) -> {
			if (node instanceof TextNode text && !text.isBlank()) {
				nodes.add(text);
			}
		});
		return nodes;
	}

	/**
	 * Text inside an element whose content Thymeleaf replaces (th:text, th:replace, ...)
	 * is only a design-time placeholder; any other text would reach the reader without
	 * going through messages.properties.
	 */
	private static boolean replacedByThymeleaf(TextNode text) {
		for (Element element = (Element) text.parent(); element != null; element = element.parent()) {
			for (String attribute : List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors")) {
				if (element.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Every message file the app loads (spring.messages.basename): the shared one and one
	 * per feature.
	 */
	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		List<Path> files = new java.util.ArrayList<>(List.of(Path.of("src/main/resources/messages.properties")));
		try (Stream<Path> features = Files.list(Path.of("src/main/resources/messages"))) {
			features.filter((f) -> f.toString().endsWith(".properties")).forEach(files::add);
		}
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return properties;
	}

	@Test
	void everyFeatureMessageFileIsLoadedByTheApp() throws IOException {
		String config = Files.readString(Path.of("src/main/resources/application.properties"));
		try (Stream<Path> features = Files.list(Path.of("src/main/resources/messages"))) {
			features.map((f) -> "messages/" + f.getFileName().toString().replace(".properties", ""))
				.forEach((basename) -> assertThat(config).contains(basename));
		}
	}

}
