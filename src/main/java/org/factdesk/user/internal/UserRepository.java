package org.factdesk.user.internal;

import org.factdesk.security.AppRoles;
import org.factdesk.security.FactDeskUser;
import org.factdesk.user.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
public class UserRepository {

    private static final String COLUMNS = "id, username, display_name, role, active, created_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where username = ?")
                .param(username).query(UserRepository::account).optional();
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = ?")
                .param(id).query(UserRepository::account).optional();
    }

    public List<UserAccount> findAll() {
        return jdbc.sql("select " + COLUMNS + " from user_account order by active desc, display_name")
                .query(UserRepository::account).list();
    }

    /** Ids of the active admins, their rows locked until the transaction ends. */
    public List<Long> lockActiveAdmins() {
        return jdbc.sql("select id from user_account where active = true and role = 'ADMIN' for update")
                .query(Long.class).list();
    }

    public void updateRole(long id, AppRoles role) {
        jdbc.sql("update user_account set role = ? where id = ?").params(role.name(), id).update();
    }

    public void updateActive(long id, boolean active) {
        jdbc.sql("update user_account set active = ? where id = ?").params(active, id).update();
    }

    public void updatePasswordHash(long id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    public List<UserAccount> findActive() {
        return jdbc.sql("select " + COLUMNS + " from user_account where active = true order by display_name")
                .query(UserRepository::account).list();
    }

    public long countActiveWithRole(AppRoles role) {
        return jdbc.sql("select count(*) from user_account where active = true and role = ?")
                .param(role.name()).query(Long.class).single();
    }

    public UserAccount insert(String username, String displayName, AppRoles role, String passwordHash) {
        jdbc.sql("""
                insert into user_account (username, display_name, password_hash, role, active, created_at)
                values (?, ?, ?, ?, true, ?)""")
                .params(username, displayName, passwordHash, role.name(), Timestamp.from(Instant.now()))
                .update();
        return findByUsername(username).orElseThrow();
    }

    Optional<FactDeskUser> findPrincipal(String username) {
        return jdbc.sql("select id, username, display_name, password_hash, role, active from user_account where username = ?")
                .param(username)
                .query((rs, row) -> new FactDeskUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("password_hash"),
                        AppRoles.valueOf(rs.getString("role")), rs.getBoolean("active")))
                .optional();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                AppRoles.valueOf(rs.getString("role")), rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant());
    }
}
