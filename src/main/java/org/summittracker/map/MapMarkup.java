package org.summittracker.map;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.system.Formats;
import org.unbescape.html.HtmlEscape;
import org.unbescape.uri.UriEscape;

import org.springframework.context.MessageSource;

/**
 * The map's markers and the rows of its table of places, written as markup once per page
 * rather than by the template element by element: they are the only part of the page that
 * grows with the data (up to {@link WorldMap#MARKERS} of each, against 14 in the seed),
 * and in Thymeleaf each marker and row cost some thirty attribute processors, three link
 * builds and a fragment inclusion (about 0.3 ms of CPU per place, most of a 100-marker
 * page). The markup is what {@code map/world.html} and {@code fragments :: nation} wrote,
 * escaped as Thymeleaf escapes ({@code th:text} and attributes:
 * {@link HtmlEscape#escapeHtml4Xml}, path variables:
 * {@link UriEscape#escapeUriPathSegment}), the flags through the same
 * {@code HttpServletResponse.encodeURL} Thymeleaf calls (which fingerprints their webjar
 * URLs). {@code MapTest} checks the markup (escaping, flags, links) and the page was
 * compared with the template's, seed and 100x, every filter: the same but for whitespace.
 *
 * @param markers the SVG markers, oldest first
 * @param rows the table's body rows, in the same order
 */
record MapMarkup(String markers, String rows) {

	/** Per place, about this many characters of each; the buffers start at that. */
	private static final int MARKER_CHARS = 700;

	private static final int ROW_CHARS = 1000;

	/**
	 * What the markup needs of the request: the context path, prefixed to every link as
	 * Thymeleaf prefixes context-relative links; how a resource path (a flag of the
	 * webjar) is linked, which is through the response's URL encoding (the resource
	 * chain's fingerprint); the messages and the locale of the page.
	 */
	record Context(String contextPath, UnaryOperator<String> resource, MessageSource messages, Locale locale,
			Formats formats) {

		String message(String code) {
			return this.messages.getMessage(code, null, this.locale);
		}

		/**
		 * The message as a format: what {@code MessageSource.getMessage} formats its
		 * arguments with, built once for the page instead of once per marker.
		 */
		MessageFormat format(String code) {
			return new MessageFormat(message(code), this.locale);
		}

	}

	/**
	 * The markup of these markers and their rows. Links to pages are the context path and
	 * the path: {@code encodeURL} would give them back unchanged (the security filter
	 * chain turns session URL rewriting off, and no resource handler serves
	 * {@code /summits}, {@code /nations} or {@code /organizations}), after matching each
	 * against every resource pattern; the flags go through it, once per flag.
	 */
	static MapMarkup of(List<Marker> markers, Context context) {
		Page page = new Page(context);
		StringBuilder svg = new StringBuilder(MARKER_CHARS * markers.size());
		StringBuilder rows = new StringBuilder(ROW_CHARS * markers.size());
		for (Marker marker : markers) {
			Summit summit = marker.summit();
			String dates = context.formats().range(summit.getStartDate(), summit.getEndDate());
			String href = escape(context.contextPath() + "/summits/" + segment(summit.getSlug()));
			String name = escape(summit.getName());
			marker(svg, marker, href, name, dates, page);
			row(rows, marker, href, name, escape(dates), page);
		}
		return new MapMarkup(svg.toString(), rows.toString());
	}

	/** What the markers of one page share: formats, kinds, and the nations' markup. */
	private static final class Page {

		final Context context;

		final MessageFormat withHost;

		final MessageFormat withoutHost;

		final String[] kinds = new String[SummitKind.values().length];

		final Map<Long, String> nations = new HashMap<>();

		final Map<Long, String> organizations = new HashMap<>();

		Page(Context context) {
			this.context = context;
			this.withHost = context.format("map.marker");
			this.withoutHost = context.format("map.marker.noHost");
		}

		String kind(SummitKind kind) {
			if (this.kinds[kind.ordinal()] == null) {
				this.kinds[kind.ordinal()] = escape(this.context.message("enum.SummitKind." + kind));
			}
			return this.kinds[kind.ordinal()];
		}

	}

	/** One marker: a link, its title (the tooltip), the circle and the focus label. */
	private static void marker(StringBuilder out, Marker m, String href, String name, String dates, Page page) {
		Summit summit = m.summit();
		String host = m.host();
		String title = host.isEmpty() ? page.withoutHost.format(new Object[] { summit.getName(), dates })
				: page.withHost.format(new Object[] { summit.getName(), host, dates });
		String id = "marker-" + summit.getId();
		String labelX = m.labelX();
		out.append("<a class=\"marker").append(m.isMeeting() ? " marker-meeting" : "").append("\" href=\"");
		out.append(href).append("\" aria-labelledby=\"").append(id).append("\">\n        <title id=\"").append(id);
		out.append("\">").append(escape(title)).append("</title>\n        <circle cx=\"").append(m.cx());
		out.append("\" cy=\"").append(m.cy()).append("\" r=\"").append(m.r());
		out.append("\"/>\n        <text class=\"marker-label\" visibility=\"hidden\" aria-hidden=\"true\" x=\"");
		out.append(labelX).append("\" y=\"").append(m.labelY()).append("\" text-anchor=\"");
		out.append(m.labelEnd() ? "end" : "start").append("\"><tspan\n              class=\"marker-name\">");
		out.append(name).append("</tspan><tspan dy=\"5\"\n              x=\"").append(labelX).append("\">");
		out.append(escape(host.isEmpty() ? dates : host + " · " + dates)).append("</tspan></text>\n      </a>");
	}

	/**
	 * One row of the table: dates, name and kind, host (flag, nation, city), convener,
	 * coordinates.
	 */
	private static void row(StringBuilder out, Marker m, String href, String name, String dates, Page page) {
		Summit summit = m.summit();
		Nation nation = summit.getHostNation();
		out.append("\n      <tr>\n        <td class=\"text-nowrap\"><time datetime=\"").append(summit.getStartDate());
		out.append("\">")
			.append(dates)
			.append("</time></td>\n        <th scope=\"row\" class=\"fw-normal\"><a href=\"");
		out.append(href).append("\">").append(name);
		out.append("</a>\n          <div class=\"small text-body-secondary\">").append(page.kind(summit.getKind()));
		out.append("</div></th>\n        <td>");
		if (nation != null) {
			out.append(page.nations.computeIfAbsent(nation.getId(), (id) -> nation(nation, page.context)));
		}
		if (summit.getCity() != null) {
			if (nation != null) {
				out.append(", ");
			}
			out.append("<span>").append(escape(summit.getCity())).append("</span>");
		}
		out.append("</td>\n        <td>");
		if (summit.getOrganization() != null) {
			Organization o = summit.getOrganization();
			out.append(page.organizations.computeIfAbsent(o.getId(),
					(id) -> "<a href=\"" + escape(page.context.contextPath() + "/organizations/" + segment(o.getSlug()))
							+ "\">" + escape(o.getAcronym()) + "</a>"));
		}
		out.append("</td>\n        <td class=\"text-end font-monospace\">").append(m.latitude());
		out.append("</td>\n        <td class=\"text-end font-monospace\">").append(m.longitude());
		out.append("</td>\n      </tr>");
	}

	/**
	 * A nation with its flag, as {@code fragments :: nation} writes it (no flag for a
	 * nation without an ISO code).
	 */
	private static String nation(Nation nation, Context context) {
		StringBuilder out = new StringBuilder(300).append("<span class=\"text-nowrap\">");
		String code = nation.getIsoAlpha2();
		if (code != null && !code.isEmpty()) {
			out.append("<img class=\"flag-img\" width=\"20\" height=\"15\" src=\"");
			out.append(escape(context.resource()
				.apply(context.contextPath() + "/webjars/flag-icons/flags/4x3/" + segment(code.toLowerCase(Locale.ROOT))
						+ ".svg")));
			out.append("\" alt=\"").append(escape(nation.getName())).append("\">");
		}
		out.append("\n  <a href=\"").append(escape(context.contextPath() + "/nations/" + segment(nation.getSlug())));
		out.append("\">").append(escape(nation.getName())).append("</a></span>");
		return out.toString();
	}

	private static String segment(String value) {
		return UriEscape.escapeUriPathSegment(value);
	}

	private static String escape(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

}
