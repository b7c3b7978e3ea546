package org.summittracker.export;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
	void all(HttpServletResponse response) throws IOException {
		this.feed.all(site(), calendar(response, "summits.ics"));
	}

	@GetMapping("/organizations/{slug}/summits.ics")
	void organization(@PathVariable String slug, HttpServletResponse response) throws IOException {
		String title = this.feed.titleOf(slug);
		this.feed.of(slug, title, site(), calendar(response, slug + "-summits.ics"));
	}

	/** The app's own address as the reader reached it, for the links in each event. */
	private static URI site() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri();
	}

	/** The response's headers, then the writer the feed streams into. */
	private static Writer calendar(HttpServletResponse response, String filename) throws IOException {
		response.setContentType(CALENDAR.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(filename).build().toString());
		return response.getWriter();
	}

}
