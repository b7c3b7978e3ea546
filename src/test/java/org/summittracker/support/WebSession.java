package org.summittracker.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Connection.KeyVal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.summittracker.support.IntegrationTest.Page;

/**
 * A browser-like HTTP session over real HTTP: keeps cookies, reads forms from pages (with
 * their CSRF token and the values they show) and submits them as a browser would, with
 * the fields a test changes. No redirects are followed, so a test sees the redirect a
 * form answers with.
 */
public class WebSession {

	private final String baseUrl;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	WebSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** An answer: a page, or a redirect to {@link #location()}. */
	public record Response(int status, String location, Page page, java.net.http.HttpHeaders headers) {

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		public boolean redirectsTo(String path) {
			return this.status == 302 && this.location != null && this.location.endsWith(path);
		}

	}

	/** The value of a cookie the server set, or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET()).page();
	}

	public Response fetch(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** A GET as htmx sends it (with HX-Request), answered with a fragment. */
	public Page getHtmx(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").GET()).page();
	}

	/** Submits a form as htmx would (HX-Request), to the form's hx-post address. */
	public Response submitHtmx(Page page, String formSelector, Map<String, String> changes) {
		FormElement form = (FormElement) page.html().selectFirst(formSelector);
		if (form == null) {
			throw new AssertionError("No form " + formSelector + " on the page");
		}
		return post(form.attr("data-hx-post"), formFields(form, changes), true);
	}

	/**
	 * Submits the form the selector picks on the page, as shown, with these fields set
	 * (empty string clears).
	 */
	public Response submit(Page page, String formSelector, Map<String, String> changes) {
		FormElement form = (FormElement) page.html().selectFirst(formSelector);
		if (form == null) {
			throw new AssertionError("No form " + formSelector + " on the page");
		}
		return post(form.attr("action"), formFields(form, changes), false);
	}

	private static List<String[]> formFields(FormElement form, Map<String, String> changes) {
		List<String[]> fields = new ArrayList<>();
		for (KeyVal field : form.formData()) {
			if (!changes.containsKey(field.key())) {
				fields.add(new String[] { field.key(), field.value() });
			}
		}
		changes.forEach((name, value) -> fields.add(new String[] { name, value }));
		return fields;
	}

	public Response submit(Page page, String formSelector) {
		return submit(page, formSelector, Map.of());
	}

	/** Posts fields as a form would, without a CSRF token unless the fields carry one. */
	public Response post(String path, Map<String, String> fields) {
		List<String[]> list = new ArrayList<>();
		fields.forEach((k, v) -> list.add(new String[] { k, v }));
		return post(path, list, false);
	}

	private Response post(String path, List<String[]> fields, boolean htmx) {
		String body = fields.stream().map((f) -> encode(f[0]) + "=" + encode(f[1])).collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return send(request);
	}

	private Response send(HttpRequest.Builder request) {
		try {
			// what a browser sends when it follows a link or submits a form
			request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.ofString());
			String location = response.headers().firstValue("Location").orElse(null);
			Page page = new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), Jsoup.parse(response.body(), response.uri().toString()));
			return new Response(response.statusCode(), location, page, response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.baseUrl + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** Field values as a map, for building changes. */
	public static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

}
