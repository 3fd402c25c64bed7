package vn.eqip.registry.users;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of accounts, sorted by username. */
@Serdeable
public record UserList(List<UserView> items, long total, int page, int size) {}
