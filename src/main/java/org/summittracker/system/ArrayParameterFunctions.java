package org.summittracker.system;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code any_of(column, :ids)} in a query: {@code column = any(?)} with the ids bound as
 * one PostgreSQL array. An {@code in :ids} list is expanded into one placeholder per id,
 * and Hibernate keeps no query plan for a query with such a multi-valued parameter, so it
 * was parsed again on every request (a summit page's citations, a page's roster counts);
 * with one array parameter the plan is kept (the plan cache's statistics count hits; its
 * SQL is still rendered per request, JFR shows), and {@code = any(array)} is served by
 * the column's index as {@code in} is. An empty array matches nothing, so no placeholder
 * id is needed either. Registered in
 * {@code META-INF/services/org.hibernate.boot.model.FunctionContributor}.
 */
public class ArrayParameterFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions functions) {
		functions.getFunctionRegistry()
			.registerPattern("any_of", "(?1 = any(?2))",
					functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
