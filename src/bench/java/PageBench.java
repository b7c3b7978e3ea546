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
 * uncached summit page's throughput printed as a ratio of it.
 *
 * <p>
 * Run with the JDK's single-file launcher (no build needed):
 * {@code java src/bench/java/PageBench.java http://localhost:18081 http://localhost:18082}. Settings by system
 * property: {@code -Dconnections=16 -Dseconds=5 -Drounds=3 -Dwarmup=2 -Dpages=/,/summits/sco-2024-astana}.
 */
public class PageBench {

	static final List<String> DEFAULT_PAGES = List.of("/", "/summits", "/summits/sco-2024-astana",
			"/summits/biden-erdogan-2024-fasano", "/leaders", "/leaders/recep-tayyip-erdogan", "/nations",
			"/nations/turkey", "/organizations", "/organizations/sco", "/matrix", "/timeline", "/map",
			"/compare/summits", "/search?q=putin", "/summits.csv", "/summits.ics", "/summits.json");

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

		System.out.printf(Locale.ROOT, "A = %s, B = %s; %d connections, %d rounds of %d s per side, %d s warm-up%n", a,
				b, connections, rounds, seconds, warmup);
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
		for (Map.Entry<String, Result[]> entry : results.entrySet()) {
			Result ra = entry.getValue()[0];
			Result rb = entry.getValue()[1];
			System.out.printf(Locale.ROOT, "%-40s %9.1f %9.1f %9.1f %9.1f %8.2f %8.0f %8.0f %6d%n", entry.getKey(),
					ra.percentile(50), ra.percentile(95), rb.percentile(50), rb.percentile(95),
					rb.percentile(95) / ra.percentile(95), ra.perSecond(), rb.perSecond(), ra.errors() + rb.errors());
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
		String petclinic = System.getProperty("petclinic", "");
		String ownerUrl = petclinic.isBlank() ? null : trim(petclinic) + "/owners/1";
		run(assetUrl, connections, warmup, new Result());
		run(summit, connections, warmup, new Result());
		if (ownerUrl != null) {
			run(ownerUrl, connections, warmup, new Result());
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
	}

	/** Keeps {@code connections} requests in flight for {@code seconds}, adding each answer's latency to result. */
	static void run(String url, int connections, int seconds, Result result, String... headers) throws Exception {
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

	static String trim(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** Latencies in nanoseconds, the time spent measuring, and the answers that were not 2xx or 304. */
	static final class Result {

		private long[] latencies = new long[1024];

		private int size;

		final AtomicLong elapsed = new AtomicLong();

		final AtomicLong errorCount = new AtomicLong();

		final AtomicLong notModified = new AtomicLong();

		synchronized void add(long nanos, int status) {
			if (this.size == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, this.size * 2);
			}
			this.latencies[this.size++] = nanos;
			if (status == 304) {
				this.notModified.incrementAndGet();
			}
			else if (status < 200 || status > 299) {
				this.errorCount.incrementAndGet();
			}
		}

		synchronized int count() {
			return this.size;
		}

		long errors() {
			return this.errorCount.get();
		}

		synchronized double percentile(int p) {
			if (this.size == 0) {
				return Double.NaN;
			}
			long[] sorted = Arrays.copyOf(this.latencies, this.size);
			Arrays.sort(sorted);
			int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, index)] / 1_000_000.0;
		}

		synchronized double perSecond() {
			return this.size / (this.elapsed.get() / 1_000_000_000.0);
		}

	}

}
