package org.summittracker.person;

import java.util.List;
import java.util.Optional;

import org.summittracker.system.RecordRepository;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TenureRepository extends RecordRepository<Tenure> {

	/** A tenure with its holder and office, for the edit and delete pages. */
	@Query("select t from Tenure t join fetch t.person join fetch t.office where t.id = :id")
	Optional<Tenure> findById(@Param("id") Long id);

	@Query("""
			select t from Tenure t join fetch t.office o left join fetch o.nation left join fetch o.organization
			where t.person = :person order by t.start.date desc
			""")
	List<Tenure> findByPerson(@Param("person") Person person);

	/**
	 * The offices these people held, newest first: a leader's and those sent in their
	 * place.
	 */
	@Query("""
			select t from Tenure t join fetch t.person join fetch t.office o left join fetch o.nation
			  left join fetch o.organization
			where any_of(t.person.id, :people) order by t.start.date desc
			""")
	List<Tenure> findByPeople(@Param("people") Long[] people);

	@Query("""
			select t from Tenure t join fetch t.office o left join fetch o.nation left join fetch o.organization
			where any_of(t.person.id, :people) and t.end.date is null order by t.start.date
			""")
	List<Tenure> findCurrentOf(@Param("people") Long[] people);

	@Query("""
			select t from Tenure t join fetch t.person join fetch t.office o
			where o.nation = :nation order by t.start.date desc
			""")
	List<Tenure> findByNation(@Param("nation") Nation nation);

	@Query("""
			select t from Tenure t join fetch t.person join fetch t.office o
			where o.organization = :organization order by t.start.date desc
			""")
	List<Tenure> findByOrganization(@Param("organization") Organization organization);

}
