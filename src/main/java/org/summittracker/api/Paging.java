package org.summittracker.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.summittracker.system.PageNumbers;

import org.springframework.data.domain.Pageable;

/**
 * Which page of a list to answer, as every list endpoint takes it: {@code page} from 1,
 * {@code size} from 1 to {@value #MAX_SIZE} items ({@value #DEFAULT_SIZE} unless asked).
 */
record Paging(@Parameter(description = "Page number, from 1") @Schema(defaultValue = "1") Integer page,
		@Parameter(description = "Items per page, 1 to 100") @Schema(defaultValue = "20") Integer size) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	/** The page asked for, brought within bounds. */
	Pageable pageable() {
		int page = (this.page != null) ? this.page : 1;
		int size = (this.size != null) ? this.size : DEFAULT_SIZE;
		return PageNumbers.of(page, Math.min(Math.max(size, 1), MAX_SIZE));
	}

}
