package org.summittracker.source;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.summittracker.system.PartialDate;

/** Where a fact comes from: an article, an official page, a reference work. */
@Entity
@Audited
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String publisher;

	private String url;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "published_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "published_precision"))
	private PartialDate published;

	private String note;

	@Version
	private long version;

	protected Source() {
	}

	public Source(String title, String publisher, String url, PartialDate published) {
		this.title = title;
		this.publisher = publisher;
		this.url = url;
		this.published = published;
	}

	public Long getId() {
		return this.id;
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

	public long getVersion() {
		return this.version;
	}

}
