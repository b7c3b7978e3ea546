package org.summittracker.export;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Calendar feeds a reader can subscribe to: every summit, or one organization's. */
@Controller
class CalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeed feed;

	CalendarController(CalendarFeed feed) {
		this.feed = feed;
	}

	@GetMapping("/summits.ics")
	ResponseEntity<String> all() {
		return calendar("summits.ics", this.feed.all(site()));
	}

	@GetMapping("/organizations/{slug}/summits.ics")
	ResponseEntity<String> organization(@PathVariable String slug) {
		return calendar(slug + "-summits.ics", this.feed.of(slug, site()));
	}

	/** The app's own address as the reader reached it, for the links in each event. */
	private static URI site() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri();
	}

	private static ResponseEntity<String> calendar(String filename, String body) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(body);
	}

}
