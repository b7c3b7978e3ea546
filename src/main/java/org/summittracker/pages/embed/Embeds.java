package org.summittracker.pages.embed;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The snippet behind a page's Embed button, as {@code ${@embeds.snippet('summits',
 * s.slug, s.name)}}: the same iframe the oEmbed endpoint answers with.
 */
@Component("embeds")
public class Embeds {

	/** The snippet of a summit ({@code summits}) or a leader ({@code leaders}). */
	public String snippet(String kind, String slug, String title) {
		int height = "summits".equals(kind) ? EmbedController.SUMMIT_HEIGHT : EmbedController.LEADER_HEIGHT;
		String path = "summits".equals(kind) ? "/embed/summits/" : "/embed/leaders/";
		return EmbedController.iframe(base() + path + slug, title, EmbedController.WIDTH, height);
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
