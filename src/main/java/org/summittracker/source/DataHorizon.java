package org.summittracker.source;

import java.time.LocalDate;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The date the data is known as of: the publication date (first day) of the latest dated
 * source. A page that speaks of "today" or "current" says this date, because nothing
 * after it has been read: a later change of office or standing may not be recorded yet.
 * Read once at start-up and again after an editor saves or deletes a source, so pages pay
 * no statement for it.
 */
@Component
public class DataHorizon {

	private final SourceRepository sources;

	private volatile LocalDate asOf;

	DataHorizon(SourceRepository sources) {
		this.sources = sources;
	}

	/** The latest dated source's date, or {@code null} when no source has a date. */
	public LocalDate asOf() {
		LocalDate known = this.asOf;
		if (known == null) {
			known = refresh();
		}
		return known;
	}

	@EventListener(ApplicationReadyEvent.class)
	LocalDate refresh() {
		this.asOf = this.sources.findLatestPublished();
		return this.asOf;
	}

	/**
	 * Reads the date again once a transaction that changed a source commits. Hibernate
	 * gets it from Spring (Boot's bean container for JPA), so each application context's
	 * listener refreshes that context's horizon.
	 */
	public static class SourceListener {

		// looked up when a source changes: the listener is made while the entity manager
		// factory is built, before the horizon (which needs the factory) can exist
		private final ObjectProvider<DataHorizon> horizon;

		SourceListener(ObjectProvider<DataHorizon> horizon) {
			this.horizon = horizon;
		}

		@PostPersist
		@PostUpdate
		@PostRemove
		void changed(Source source) {
			DataHorizon horizon = this.horizon.getObject();
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						horizon.refresh();
					}
				});
			}
			else {
				horizon.asOf = null;
			}
		}

	}

}
