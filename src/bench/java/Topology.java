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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the multi-instance topology that {@code src/bench/topology.sh} starts: two app instances (A, B) on one
 * primary with a streaming replica, nginx in front.
 * <ol>
 * <li>sign in on A, and add an other name to a nation through B with the same session;</li>
 * <li>the edit reaches the replica within a second, and shows on a page (pages read from the replica);</li>
 * <li>under load through nginx, instance A is killed: count the requests that failed.</li>
 * </ol>
 * {@code java src/bench/java/Topology.java <nginx URL> <A URL> <B URL> <pid of A> <username> <password>
 * <replica port> <database>}; exits 1
 * when a check fails.
 */
public class Topology {

	public static void main(String[] args) throws Exception {
		String proxy = args[0];
		String a = args[1];
		String b = args[2];
		long pidA = Long.parseLong(args[3]);
		String username = args[4];
		String password = args[5];
		String replicaPort = args[6];
		String database = args[7];
		boolean ok = true;

		HttpClient editor = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String loginPage = body(editor, a + "/login");
		HttpResponse<String> signIn = post(editor, a + "/login",
				Map.of("username", username, "password", password, "_csrf", csrf(loginPage)));
		String landing = signIn.headers().firstValue("Location").orElse("");
		boolean signedIn = signIn.statusCode() == 302 && !landing.contains("error");
		System.out.printf("1. signed in on A (%s): %s%n", a, signedIn ? "yes" : "NO (" + signIn.statusCode() + ")");
		ok &= signedIn;

		String editPage = body(editor, b + "/nations/turkey");
		Matcher edit = Pattern.compile("/admin/nations/(\\d+)/edit").matcher(editPage);
		if (!edit.find()) {
			System.out.println("   B shows no edit link on /nations/turkey: the session did not carry over");
			System.exit(1);
		}
		String nationId = edit.group(1);
		String form = body(editor, b + "/admin/nations/" + nationId + "/edit");
		String otherName = "Topology check " + System.currentTimeMillis();
		HttpResponse<String> added = post(editor, b + "/admin/nations/" + nationId + "/names",
				Map.of("otherName", otherName, "_csrf", csrf(form)));
		boolean editedOnB = added.statusCode() == 302;
		System.out.printf("   edited through B (%s) with A's session: %s%n", b, editedOnB ? "yes" : "NO (" + added.statusCode() + ")");
		ok &= editedOnB;

		String nationPage = a + "/nations/turkey";
		HttpClient reader = HttpClient.newHttpClient();
		long start = System.nanoTime();
		long onReplica = -1;
		while (System.nanoTime() - start < 5_000_000_000L) {
			Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", replicaPort, "-U", "postgres", "-d",
					database, "-Atc", "select count(*) from nation_name where name = '" + otherName + "'")
				.redirectErrorStream(true)
				.start();
			String count = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			psql.waitFor();
			if (count.equals("1")) {
				onReplica = (System.nanoTime() - start) / 1_000_000;
				break;
			}
		}
		boolean onPage = body(reader, nationPage).contains(otherName);
		System.out.printf("2. the edit was on the replica after %s; %s shows it (pages read from the replica): %s%n",
				onReplica < 0 ? "MORE THAN 5 s" : onReplica + " ms", nationPage, onPage ? "yes" : "NO");
		ok &= onReplica >= 0 && onReplica <= 1000 && onPage;

		// the session cookie makes nginx pass every request to an instance instead of its cache
		HttpRequest request = HttpRequest.newBuilder(URI.create(proxy + "/summits/sco-2024-astana"))
			.header("Cookie", "JSESSIONID=not-a-session")
			.timeout(Duration.ofSeconds(60))
			.build();
		AtomicLong served = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long end = System.nanoTime() + 12_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<?>> workers = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			workers.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					try {
						int status = reader.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						(status == 200 ? served : failed).incrementAndGet();
					}
					catch (IOException ex) {
						failed.incrementAndGet();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}));
		}
		Thread.sleep(4000);
		long beforeKill = served.get() + failed.get();
		ProcessHandle.of(pidA).ifPresent(ProcessHandle::destroyForcibly);
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		System.out.printf(Locale.ROOT,
				"3. under load through nginx, A killed after %d requests: %d served, %d failed (%.2f%%)%n", beforeKill,
				served.get(), failed.get(), 100.0 * failed.get() / Math.max(1, served.get() + failed.get()));
		ok &= served.get() > 0 && failed.get() <= (served.get() + failed.get()) / 100;

		System.out.println(ok ? "topology: all checks passed" : "topology: A CHECK FAILED");
		System.exit(ok ? 0 : 1);
	}

	static String csrf(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return token.group(1);
	}

	static String body(HttpClient client, String url) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	static HttpResponse<String> post(HttpClient client, String url, Map<String, String> fields)
			throws IOException, InterruptedException {
		String form = fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
