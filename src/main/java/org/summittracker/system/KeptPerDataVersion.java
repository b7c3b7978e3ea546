package org.summittracker.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers computed from the data and kept per data version: for the parts of a page that
 * summarise everything (counts over every summit) and so grow with the data, while the
 * rest of the page reads a bounded slice. The version is the one the request reads anyway
 * ({@link DataVersions}), and every write of public data moves it, whichever instance or
 * import made it, so a kept answer is never one a write has changed; a new version drops
 * every answer of the old one. At most {@code maxKeys} answers are kept (the whole set is
 * dropped when a new one would pass it), so a stream of made-up filters cannot grow it.
 */
public final class KeptPerDataVersion<K, V> {

	private final DataVersions versions;

	private final int maxKeys;

	/** The answers of one version; replaced whole when a newer version is read. */
	private volatile Kept<K, V> kept = new Kept<>(Long.MIN_VALUE);

	public KeptPerDataVersion(DataVersions versions, int maxKeys) {
		this.versions = versions;
		this.maxKeys = maxKeys;
	}

	/**
	 * The answer for this key, computed unless kept for this request's version. A request
	 * that read an older version than the one kept (a write between two requests' reads)
	 * computes for itself and keeps nothing.
	 */
	public V get(K key, Supplier<V> compute) {
		long version = this.versions.current().version();
		Kept<K, V> kept = this.kept;
		if (version > kept.version()) {
			synchronized (this) {
				if (version > this.kept.version()) {
					this.kept = new Kept<>(version);
				}
				kept = this.kept;
			}
		}
		if (version != kept.version()) {
			return compute.get();
		}
		V answer = kept.answers().get(key);
		if (answer == null) {
			answer = compute.get();
			if (kept.answers().size() >= this.maxKeys) {
				kept.answers().clear();
			}
			kept.answers().put(key, answer);
		}
		return answer;
	}

	private record Kept<K, V>(long version, Map<K, V> answers) {

		Kept(long version) {
			this(version, new ConcurrentHashMap<>());
		}

	}

}
