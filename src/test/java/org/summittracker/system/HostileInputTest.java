package org.summittracker.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.AccountService;
import org.summittracker.account.Role;
import org.summittracker.support.HostileInputs;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.RawHttp;
import org.summittracker.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every public parameter and every admin form over real HTTP with generated
 * hostile input (broken {@code %} escapes, NUL and control bytes, invalid UTF-8, overlong
 * values, numbers past any range, wrong enum names, impossible dates, template and SQL
 * syntax, repeated fields) and asserts that none of it is answered with a 5xx or shows a
 * stack trace. The admin forms are posted over existing records with a stale version, so
 * nothing a fuzzed form sends is ever saved.
 */
class HostileInputTest extends IntegrationTest {

	@Autowired
	AccountService accounts;

	/** Inputs per parameter and per form. */
	static final int PER_TARGET = 150;

	static final String[][] PUBLIC_PARAMETERS = { { "/summits", "organization" }, { "/summits", "year" },
			{ "/summits", "kind" }, { "/summits", "sort" }, { "/summits", "page" }, { "/leaders", "nation" },
			{ "/leaders", "page" }, { "/nations", "organization" }, { "/nations", "sort" }, { "/nations", "page" },
			{ "/organizations", "kind" }, { "/search", "q" }, { "/search/suggest", "q" }, { "/map", "year" },
			{ "/map", "organization" }, { "/timeline", "organization" }, { "/compare/summits", "s" },
			{ "/compare/organizations", "o" }, { "/matrix", "year" }, { "/summits.csv", "year" },
			{ "/leaders.json", "nation" }, { "/api/summits", "page" }, { "/api/summits", "size" },
			{ "/api/summits", "kind" }, { "/api/leaders", "nation" }, { "/login", "username" }, { "/setup", "token" } };

	static final String[] PUBLIC_PATHS = { "/summits/%s", "/leaders/%s", "/nations/%s", "/organizations/%s",
			"/history/%s/1", "/history/nation/%s", "/api/summits/%s", "/organizations/%s/matrix" };

	@Test
	void noPublicParameterAnswersAServerErrorWhateverItIsSent() throws Exception {
		List<String> inputs = HostileInputs.generate(11, PER_TARGET);
		List<String[]> requests = new ArrayList<>();
		for (String[] target : PUBLIC_PARAMETERS) {
			for (int i = 0; i < inputs.size(); i++) {
				String query = target[1] + "=" + inputs.get(i);
				if (i % 7 == 0) {
					// the same parameter twice
					query = query + "&" + target[1] + "=" + inputs.get((i + 1) % inputs.size());
				}
				requests.add(new String[] { "GET", target[0] + "?" + query, null });
			}
		}
		for (String path : PUBLIC_PATHS) {
			for (String input : inputs.subList(0, 40)) {
				requests.add(new String[] { "GET", String.format(path, input), null });
			}
		}
		assertNoServerErrors(requests, Map.of("Accept", "text/html"));
	}

	@Test
	void noAdminFormAnswersAServerErrorWhateverItIsSent() throws Exception {
		WebSession admin = signedIn(Role.ADMIN);
		long nation = id("select min(id) from nation");
		if (!this.accounts.exists("fuzz-target")) {
			this.accounts.create("fuzz-target", "Fuzz target", TEST_PASSWORD, Role.EDITOR);
		}
		long account = id("select id from account where username = 'fuzz-target'");
		List<String> forms = List.of("/admin/nations/" + nation + "/edit",
				"/admin/organizations/" + id("select min(id) from organization") + "/edit",
				"/admin/leaders/" + id("select min(id) from person") + "/edit",
				"/admin/summits/" + id("select min(id) from summit") + "/edit",
				"/admin/attendance/" + id("select min(id) from attendance") + "/edit",
				"/admin/sources/" + id("select min(id) from source") + "/edit",
				"/admin/offices/" + id("select min(id) from office") + "/edit",
				"/admin/memberships/" + id("select min(id) from membership") + "/edit",
				"/admin/tenures/" + id("select min(id) from tenure") + "/edit",
				"/admin/citations/" + id("select min(id) from citation") + "/edit", "/admin/imports",
				"/admin/accounts/" + account + "/name", "/admin/accounts/" + account + "/password");
		List<String> inputs = HostileInputs.generate(12, PER_TARGET);
		List<String[]> requests = new ArrayList<>();
		for (String path : forms) {
			FormElement form = recordForm(admin.get(path).html().select("form[method=post]"), path);
			List<String[]> fields = new ArrayList<>();
			form.formData().forEach((field) -> fields.add(new String[] { field.key(), field.value() }));
			List<String> names = fields.stream()
				.map((field) -> field[0])
				.filter((name) -> !name.equals("_csrf"))
				.distinct()
				.toList();
			for (int i = 0; i < inputs.size(); i++) {
				String fuzzed = names.get(i % names.size());
				StringBuilder body = new StringBuilder();
				for (String[] field : fields) {
					String value = field[0].equals(fuzzed) ? inputs.get(i)
							: field[0].equals("version") ? "987654" : HostileInputs.encode(field[1]);
					body.append(body.isEmpty() ? "" : "&")
						.append(HostileInputs.encode(field[0]))
						.append('=')
						.append(value);
				}
				if (i % 5 == 0) {
					body.append('&').append(HostileInputs.encode(fuzzed)).append('=').append(inputs.get(i / 2));
				}
				requests.add(new String[] { "POST", form.attr("action"), body.toString() });
			}
		}
		// restoring any revision, with any version
		String csrf = admin.get("/admin").html().select("meta[name=_csrf]").attr("content");
		for (int i = 0; i < inputs.size(); i++) {
			requests.add(new String[] { "POST", "/admin/history/nation/" + nation + "/restore", "_csrf=" + csrf
					+ "&revision=" + inputs.get(i) + "&version=" + inputs.get((i + 3) % inputs.size()) });
		}
		for (String input : inputs) {
			requests.add(new String[] { "GET", "/admin/lookup/people?q=" + input, null });
			requests.add(new String[] { "GET", "/admin/changes?page=" + input, null });
			requests.add(new String[] { "GET", "/admin/sign-ins?page=" + input, null });
		}
		assertNoServerErrors(requests, Map.of("Accept", "text/html", "Cookie",
				"JSESSIONID=" + admin.cookie("JSESSIONID"), "Content-Type", "application/x-www-form-urlencoded"));
		assertThat(this.jdbc.queryForObject("select count(*) from nation where name like '%<script>%'", Long.class))
			.isZero();
	}

	@Test
	void aSignInFormFullOfHostileInputIsRefusedLikeAWrongPassword() throws Exception {
		List<String> inputs = HostileInputs.generate(13, PER_TARGET);
		String csrfCookie;
		WebSession session = anonymous();
		String csrf = session.get("/login").html().select("input[name=_csrf]").val();
		csrfCookie = session.cookie("JSESSIONID");
		List<String[]> requests = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			requests.add(new String[] { "POST", "/login", "_csrf=" + csrf + "&username=" + inputs.get(i) + "&password="
					+ inputs.get((i * 7) % inputs.size()) });
		}
		// from a client of its own, so that its count does not slow down other tests
		assertNoServerErrors(requests, Map.of("Accept", "text/html", "Cookie", "JSESSIONID=" + csrfCookie,
				"Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-For", "192.0.2.111"));
	}

	@AfterEach
	void removeFuzzTarget() {
		this.jdbc.update("delete from account where username = 'fuzz-target'");
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static FormElement recordForm(List<Element> forms, String path) {
		return forms.stream()
			.filter((form) -> !form.attr("action").equals("/logout"))
			.map(FormElement.class::cast)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No form on " + path));
	}

	/**
	 * Sends every request, four at a time, and fails on any 5xx or a page naming an
	 * exception.
	 */
	private void assertNoServerErrors(List<String[]> requests, Map<String, String> headers) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (String[] request : requests) {
				answers.add(pool.submit(() -> {
					Map<String, String> sent = request[0].equals("GET") ? without(headers, "Content-Type") : headers;
					RawHttp.Answer answer = RawHttp.send(this.port, request[0], request[1], sent, request[2]);
					boolean failed = answer.status() >= 500 || answer.body().contains("Exception")
							|| answer.body().contains("\tat org.");
					return failed ? answer.status() + " " + request[0] + " " + request[1] + " " + request[2] : null;
				}));
			}
			List<String> failures = new ArrayList<>();
			for (Future<String> answer : answers) {
				if (answer.get() != null) {
					failures.add(answer.get());
				}
			}
			assertThat(failures).as("requests answered with a server error, of " + requests.size()).isEmpty();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Map<String, String> without(Map<String, String> headers, String name) {
		Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
		copy.remove(name);
		return copy;
	}

}
