package org.summittracker.pages.embed;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.summittracker.pages.person.PersonService;
import org.summittracker.pages.summit.SummitService;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Views an article may frame: a summit's attendance table and a leader's summits, sized
 * for an article column, each linking back to its page. Only {@code /embed/**} may be
 * framed by other sites ({@link EmbedSecurity}). And their oEmbed 1.0 (JSON) answer:
 * given the address of a summit or leader page, the iframe that embeds its embed view.
 * Other addresses are 404, formats other than JSON 501, as the specification says.
 */
@Controller
record EmbedController(SummitService summits, PersonService people, MessageSource messages) {

	static final String SUMMIT_VIEW = "embed/summit";

	static final String LEADER_VIEW = "embed/leader";

	static final Pattern EMBEDDABLE = Pattern.compile("^/(summits|leaders)/([a-z0-9-]+)/?$");

	static final int WIDTH = 640;

	static final int SUMMIT_HEIGHT = 720;

	static final int LEADER_HEIGHT = 480;

	@GetMapping("/embed/summits/{slug}")
	String summit(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.summits.page(slug));
		return SUMMIT_VIEW;
	}

	@GetMapping("/embed/leaders/{slug}")
	String leader(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.people.page(slug));
		return LEADER_VIEW;
	}

	@GetMapping("/oembed")
	ResponseEntity<Map<String, Object>> oembed(@RequestParam String url,
			@RequestParam(defaultValue = "json") String format,
			@RequestParam(name = "maxwidth", required = false) Integer maxWidth,
			@RequestParam(name = "maxheight", required = false) Integer maxHeight, java.util.Locale locale) {
		if (!"json".equals(format)) {
			return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).build();
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Matcher page = embeddable(url, base).orElseThrow(() -> new RecordNotFoundException("page", url));
		boolean summit = page.group(1).equals("summits");
		String slug = page.group(2);
		String title = summit ? this.summits.page(slug).summit().getName() : this.people.page(slug).person().getName();
		int width = (maxWidth != null) ? Math.min(WIDTH, maxWidth) : WIDTH;
		int height = summit ? SUMMIT_HEIGHT : LEADER_HEIGHT;
		height = (maxHeight != null) ? Math.min(height, maxHeight) : height;
		String src = base + "/embed/" + page.group(1) + "/" + slug;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", "1.0");
		body.put("type", "rich");
		body.put("title", title);
		body.put("provider_name", this.messages.getMessage("app.name", null, locale));
		body.put("provider_url", base + "/");
		body.put("width", width);
		body.put("height", height);
		body.put("html", iframe(src, title, width, height));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/** The snippet a site pastes in: the embed view in a frame of the given size. */
	static String iframe(String src, String title, int width, int height) {
		return "<iframe src=\"" + HtmlUtils.htmlEscape(src) + "\" title=\"" + HtmlUtils.htmlEscape(title)
				+ "\" width=\"" + width + "\" height=\"" + height
				+ "\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";
	}

	/** The summit or leader page this address names, if it is one of this site's. */
	static Optional<Matcher> embeddable(String url, String base) {
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		URI site = URI.create(base);
		boolean sameSite = uri.getHost() == null || (uri.getHost().equalsIgnoreCase(site.getHost()));
		if (!sameSite || uri.getPath() == null) {
			return Optional.empty();
		}
		Matcher matcher = EMBEDDABLE.matcher(uri.getPath());
		return matcher.matches() ? Optional.of(matcher) : Optional.empty();
	}

}
