package org.summittracker.source;

import java.time.LocalDate;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

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

	private static volatile DataHorizon instance;

	private final SourceRepository sources;

	private volatile LocalDate asOf;

	DataHorizon(SourceRepository sources) {
		this.sources = sources;
		instance = this;
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

	/** Reads the date again once a transaction that changed a source commits. */
	public static class SourceListener {

		@PostPersist
		@PostUpdate
		@PostRemove
		void changed(Source source) {
			DataHorizon horizon = instance;
			if (horizon == null) {
				return;
			}
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
