package org.summittracker.source;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.summittracker.system.PartialDate;
import org.summittracker.system.VersionedEntity;

/** Where a fact comes from: an article, an official page, a reference work. */
@Entity
@Audited
public class Source extends VersionedEntity {

	private String title;

	private String publisher;

	private String url;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "published_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "published_precision"))
	private PartialDate published;

	private String note;

	protected Source() {
	}

	public Source(String title, String publisher, String url, PartialDate published) {
		update(title, publisher, url, published, null);
	}

	/**
	 * Changes what an editor may change. A source names its title and publisher; a link,
	 * where given, is a web address (the database checks the same).
	 */
	public void update(String title, String publisher, String url, PartialDate published, String note) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A source needs a title");
		}
		if (publisher == null || publisher.isBlank()) {
			throw new IllegalArgumentException("A source needs a publisher");
		}
		if (url != null && !isWebAddress(url)) {
			throw new IllegalArgumentException("A source's link starts with http:// or https://");
		}
		this.title = title;
		this.publisher = publisher;
		this.url = url;
		this.published = published;
		this.note = note;
	}

	/**
	 * Whether the text is a link a reader can follow: it starts with http:// or https://.
	 */
	public static boolean isWebAddress(String url) {
		return url.startsWith("http://") || url.startsWith("https://");
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getUrl() {
		return this.url;
	}

	public PartialDate getPublished() {
		return this.published;
	}

	public String getNote() {
		return this.note;
	}

}
