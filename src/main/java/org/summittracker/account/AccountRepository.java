package org.summittracker.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findById(Long id);

	List<Account> findAllByOrderByUsername();

	boolean existsByRole(Role role);

	boolean existsByUsername(String username);

	long count();

	Account save(Account account);

}
