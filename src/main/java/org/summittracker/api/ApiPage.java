package org.summittracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * One page of a list: the items, which page it is (from 1), its size, and how many items
 * and pages there are.
 */
@Schema(description = "One page of results")
public record ApiPage<T>(List<T> items, @Schema(example = "1") int page, @Schema(example = "20") int size,
		@Schema(example = "12") long totalItems, @Schema(example = "1") int totalPages) {

	static <T> ApiPage<T> of(Page<?> page, List<T> items) {
		return new ApiPage<>(items, page.getNumber() + 1, page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
