import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the public pages of two running Summit Tracker instances that differ only in their data (A: the seed,
 * B: the seed grown by {@code src/bench/sql/scale.sql}) in one run, alternating A, B, A, B ... after a warm-up, so
 * that the noise of a shared machine falls on both alike; prints p50/p95 of each side and the ratio B/A, plus two
 * baselines on A: the app's own small static asset, and a conditional GET of the summit page (a 304 when the page
 * sends an ETag or Last-Modified). With {@code -Dpetclinic=http://localhost:18083} (a running spring-petclinic) its
 * owner page ({@code /owners/1}) is measured in the same rounds as the yardstick of an uncached page, and the
 * uncached summit page's throughput printed as a ratio of it. With {@code -Ddeployed=http://localhost:18084} (an
 * instance on the seed with the server's page cache on, as a real start has it) the summit page requested without a
 * conditional GET is measured there in the same rounds, against the static asset and petclinic's owner page.
 *
 * <p>
 * Run with the JDK's single-file launcher (no build needed):
 * {@code java src/bench/java/PageBench.java http://localhost:18081 http://localhost:18082}. Settings by system
 * property: {@code -Dconnections=16 -Dseconds=5 -Drounds=3 -Dwarmup=2 -Dpages=/,/summits/sco-2024-astana}.
 */
public class PageBench {

	static final List<String> DEFAULT_PAGES = List.of("/", "/summits", "/summits?organization=sco",
			"/summits/sco-2024-astana",
			"/summits/nato-2024-washington", "/summits/biden-erdogan-2024-fasano", "/leaders", "/leaders?nation=turkey",
			"/leaders/recep-tayyip-erdogan", "/leaders/joe-biden", "/nations", "/nations/turkey", "/organizations",
			"/organizations/sco", "/organizations/un", "/matrix", "/timeline", "/map", "/compare/summits",
			"/search?q=putin", "/summits.csv", "/summits.ics", "/summits.json");

	static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: java PageBench.java <base URL A (seed)> <base URL B (scaled)>");
			System.exit(2);
		}
		String a = trim(args[0]);
		String b = trim(args[1]);
		int connections = Integer.getInteger("connections", 16);
		int seconds = Integer.getInteger("seconds", 5);
		int rounds = Integer.getInteger("rounds", 3);
		int warmup = Integer.getInteger("warmup", 2);
		List<String> pages = Optional.ofNullable(System.getProperty("pages"))
			.map((p) -> Arrays.asList(p.split(",")))
			.orElse(DEFAULT_PAGES);

		System.out.printf(Locale.ROOT,
				"A = %s, B = %s; %d connections, %d rounds of %d s per side, %d s warm-up; load from %s%n", a, b,
				connections, rounds, seconds, warmup, WRK ? "wrk" : "the JDK's HTTP client");
		Map<String, Result[]> results = new LinkedHashMap<>();
		for (String page : pages) {
			Result ra = new Result();
			Result rb = new Result();
			run(a + page, connections, warmup, new Result());
			run(b + page, connections, warmup, new Result());
			for (int round = 0; round < rounds; round++) {
				run(a + page, connections, seconds, ra);
				run(b + page, connections, seconds, rb);
			}
			results.put(page, new Result[] { ra, rb });
			System.out.printf(Locale.ROOT, "  measured %s%n", page);
		}

		System.out.println();
		System.out.printf(Locale.ROOT, "%-40s %9s %9s %9s %9s %8s %8s %8s %6s%n", "page", "A p50 ms", "A p95 ms",
				"B p50 ms", "B p95 ms", "p95 B/A", "A req/s", "B req/s", "errors");
		List<String> unfinished = new ArrayList<>();
		for (Map.Entry<String, Result[]> entry : results.entrySet()) {
			Result ra = entry.getValue()[0];
			Result rb = entry.getValue()[1];
			if (ra.count() == 0 || rb.count() == 0) {
				// wrk stops at the end of a round: an answer that takes longer never finishes in it
				unfinished.add(entry.getKey());
				System.out.printf(Locale.ROOT, "%-40s %9s %9s %9s %9s %8s %8.0f %8.0f %6d%n", entry.getKey(),
						cell(ra, 50), cell(ra, 95), cell(rb, 50), cell(rb, 95), "-", ra.perSecond(), rb.perSecond(),
						ra.errors() + rb.errors());
				continue;
			}
			System.out.printf(Locale.ROOT, "%-40s %9.1f %9.1f %9.1f %9.1f %8.2f %8.0f %8.0f %6d%n", entry.getKey(),
					ra.percentile(50), ra.percentile(95), rb.percentile(50), rb.percentile(95),
					rb.percentile(95) / ra.percentile(95), ra.perSecond(), rb.perSecond(), ra.errors() + rb.errors());
		}
		if (!unfinished.isEmpty()) {
			System.out.printf(Locale.ROOT,
					"- : no request of %s finished within a round of %d s on that side; a longer DURATION measures it%n",
					String.join(", ", unfinished), seconds);
		}

		baselines(a, connections, seconds, rounds, warmup);
	}

	/**
	 * The static asset (the first /assets/ URL the home page links) against a conditional GET of the summit page,
	 * alternating, and their ratio: how close revalidating a page comes to serving a file.
	 */
	static void baselines(String base, int connections, int seconds, int rounds, int warmup) throws Exception {
		HttpResponse<String> home = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher asset = Pattern.compile("(/assets/[^\"']+\\.css)").matcher(home.body());
		String summit = base + "/summits/sco-2024-astana";
		HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create(summit)).build(),
				HttpResponse.BodyHandlers.ofString());
		Optional<String> etag = page.headers().firstValue("ETag");
		Optional<String> modified = page.headers().firstValue("Last-Modified");
		System.out.println();
		if (!asset.find()) {
			System.out.println("baselines: the home page links no /assets/*.css; skipped");
			return;
		}
		String assetUrl = base + asset.group(1);
		String[] conditional = etag.map((e) -> new String[] { "If-None-Match", e })
			.or(() -> modified.map((m) -> new String[] { "If-Modified-Since", m }))
			.orElse(null);
		Result file = new Result();
		Result revalidate = new Result();
		Result uncached = new Result();
		Result owner = new Result();
		Result kept = new Result();
		String petclinic = System.getProperty("petclinic", "");
		String ownerUrl = petclinic.isBlank() ? null : trim(petclinic) + "/owners/1";
		String deployed = System.getProperty("deployed", "");
		String keptUrl = deployed.isBlank() ? null : trim(deployed) + "/summits/sco-2024-astana";
		run(assetUrl, connections, warmup, new Result());
		run(summit, connections, warmup, new Result());
		if (ownerUrl != null) {
			run(ownerUrl, connections, warmup, new Result());
		}
		if (keptUrl != null) {
			run(keptUrl, connections, warmup, new Result());
		}
		for (int round = 0; round < rounds; round++) {
			run(assetUrl, connections, seconds, file);
			run(summit, connections, seconds, uncached);
			if (conditional != null) {
				run(summit, connections, seconds, revalidate, conditional);
			}
			if (ownerUrl != null) {
				run(ownerUrl, connections, seconds, owner);
			}
			if (keptUrl != null) {
				run(keptUrl, connections, seconds, kept);
			}
		}
		System.out.printf(Locale.ROOT, "static asset %s: %.0f req/s, p95 %.1f ms%n", asset.group(1), file.perSecond(),
				file.percentile(95));
		System.out.printf(Locale.ROOT, "summit page uncached: %.0f req/s (%.3f of the static asset)%n",
				uncached.perSecond(), uncached.perSecond() / file.perSecond());
		if (conditional == null) {
			System.out.println("summit page 304: the page sends neither ETag nor Last-Modified; not measured");
		}
		else {
			System.out.printf(Locale.ROOT, "summit page revalidated (%s, %d of %d answers 304): %.0f req/s (%.3f of the"
					+ " static asset)%n", conditional[0], revalidate.notModified.get(), revalidate.count(),
					revalidate.perSecond(), revalidate.perSecond() / file.perSecond());
		}
		if (ownerUrl == null) {
			System.out.println("petclinic owner page: skipped (set PETCLINIC_JAR to measure it)");
		}
		else {
			System.out.printf(Locale.ROOT,
					"petclinic owner page %s: %.0f req/s, p95 %.1f ms, %d errors; uncached summit page / petclinic owner"
							+ " page: %.2f%n",
					ownerUrl, owner.perSecond(), owner.percentile(95), owner.errors(),
					uncached.perSecond() / owner.perSecond());
		}
		if (keptUrl == null) {
			System.out.println("summit page from the server's page cache: skipped (set -Ddeployed to measure it)");
		}
		else {
			System.out.printf(Locale.ROOT,
					"summit page without a conditional GET, server page cache on as in a real start (%s): %.0f req/s, p95"
							+ " %.1f ms, %d errors (%.3f of the static asset%s)%n",
					keptUrl, kept.perSecond(), kept.percentile(95), kept.errors(), kept.perSecond() / file.perSecond(),
					(ownerUrl == null) ? ""
							: String.format(Locale.ROOT, "; / petclinic owner page: %.2f",
									kept.perSecond() / owner.perSecond()));
		}
	}

	/**
	 * The load generator: wrk when it is on the PATH (a C program: on a 2-core machine the JDK client's own CPU
	 * would queue the server's requests behind it and inflate the tail it measures), the JDK's HTTP client with
	 * {@code -Dclient=java} or when wrk is missing.
	 */
	static final boolean WRK = !"java".equals(System.getProperty("client")) && onPath("wrk");

	/** Keeps {@code connections} requests in flight for {@code seconds}, adding each answer's latency to result. */
	static void run(String url, int connections, int seconds, Result result, String... headers) throws Exception {
		if (WRK) {
			runWrk(url, connections, seconds, result, headers);
			return;
		}
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
		if (headers.length == 2) {
			builder.header(headers[0], headers[1]);
		}
		HttpRequest request = builder.build();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		List<Future<?>> workers = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < connections; i++) {
			workers.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					try {
						HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
						result.add(System.nanoTime() - t0, response.statusCode());
					}
					catch (IOException ex) {
						result.add(System.nanoTime() - t0, 599);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		result.elapsed.addAndGet(System.nanoTime() - started);
		pool.shutdown();
	}

	/**
	 * One wrk run ({@code src/bench/lua/quantiles.lua} prints its request count, length, failures and 1000
	 * latency quantiles), added to result as 1000 points each weighing a thousandth of the round's requests.
	 */
	static void runWrk(String url, int connections, int seconds, Result result, String... headers) throws Exception {
		List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(Math.min(2, connections)), "-c",
				String.valueOf(connections), "-d", seconds + "s", "--timeout", "60s", "-s", LUA));
		if (headers.length == 2) {
			command.addAll(List.of("-H", headers[0] + ": " + headers[1]));
		}
		command.add(url);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		long requests = 0;
		long micros = 0;
		long failed = 0;
		List<Long> quantiles = new ArrayList<>();
		List<String> output = new ArrayList<>();
		try (var reader = process.inputReader()) {
			for (String line; (line = reader.readLine()) != null;) {
				output.add(line);
				String[] parts = line.trim().split(" ");
				if (parts.length != 2 || !parts[1].matches("\\d+")) {
					continue;
				}
				long value = Long.parseLong(parts[1]);
				switch (parts[0]) {
					case "requests" -> requests = value;
					case "duration_us" -> micros = value;
					case "errors" -> failed = value;
					case "q" -> quantiles.add(value);
					default -> {
					}
				}
			}
		}
		if (process.waitFor() != 0 || quantiles.size() != 1000) {
			throw new IllegalStateException("wrk failed on " + url + ": " + String.join("\n", output));
		}
		result.addQuantiles(quantiles, requests, failed, micros * 1_000L);
		if (headers.length == 2) {
			String status = probeStatus(url, headers);
			if ("304".equals(status)) {
				result.notModified.addAndGet(requests);
			}
		}
	}

	/** The status of one request with these headers (wrk counts a 304 as a success without telling it apart). */
	static String probeStatus(String url, String... headers) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
		if (headers.length == 2) {
			builder.header(headers[0], headers[1]);
		}
		return String.valueOf(CLIENT.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
	}

	static final String LUA = System.getProperty("lua", "src/bench/lua/quantiles.lua");

	static boolean onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (new java.io.File(dir, program).canExecute()) {
				return true;
			}
		}
		return false;
	}

	/** A percentile for the table, or "-" when no request finished. */
	static String cell(Result result, int percentile) {
		return (result.count() == 0) ? "-" : String.format(Locale.ROOT, "%.1f", result.percentile(percentile));
	}

	static String trim(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** Latencies in nanoseconds, the time spent measuring, and the answers that were not 2xx or 304. */
	static final class Result {

		private long[] latencies = new long[1024];

		private double[] weights = new double[1024];

		private int size;

		private double total;

		final AtomicLong elapsed = new AtomicLong();

		final AtomicLong errorCount = new AtomicLong();

		final AtomicLong notModified = new AtomicLong();

		synchronized void add(long nanos, int status) {
			point(nanos, 1);
			if (status == 304) {
				this.notModified.incrementAndGet();
			}
			else if (status < 200 || status > 299) {
				this.errorCount.incrementAndGet();
			}
		}

		private void point(long nanos, double weight) {
			if (this.size == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, this.size * 2);
				this.weights = Arrays.copyOf(this.weights, this.size * 2);
			}
			this.latencies[this.size] = nanos;
			this.weights[this.size++] = weight;
			this.total += weight;
		}

		/** One wrk round: its quantiles (microseconds), each a thousandth of its requests. */
		synchronized void addQuantiles(List<Long> micros, long requests, long failed, long nanos) {
			for (long q : micros) {
				point(q * 1_000L, requests / (double) micros.size());
			}
			this.errorCount.addAndGet(failed);
			this.elapsed.addAndGet(nanos);
		}

		synchronized long count() {
			return Math.round(this.total);
		}

		long errors() {
			return this.errorCount.get();
		}

		/** The latency below which p percent of the requests (by weight) were answered, in milliseconds. */
		synchronized double percentile(int p) {
			if (this.size == 0) {
				return Double.NaN;
			}
			Integer[] order = new Integer[this.size];
			for (int i = 0; i < this.size; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (x, y) -> Long.compare(this.latencies[x], this.latencies[y]));
			double wanted = p / 100.0 * this.total;
			double seen = 0;
			for (Integer i : order) {
				seen += this.weights[i];
				if (seen >= wanted - 1e-9) {
					return this.latencies[i] / 1_000_000.0;
				}
			}
			return this.latencies[order[this.size - 1]] / 1_000_000.0;
		}

		synchronized double perSecond() {
			return this.total / (this.elapsed.get() / 1_000_000_000.0);
		}

	}

}
