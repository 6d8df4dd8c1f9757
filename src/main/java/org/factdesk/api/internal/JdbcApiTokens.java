package org.factdesk.api.internal;

import org.factdesk.api.ApiToken;
import org.factdesk.security.AppRoles;
import org.factdesk.user.UserSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The api_token table. */
@Repository
public class JdbcApiTokens {

    private static final String COLUMNS = """
            select t.id, t.key_id, t.name, t.role, t.secret_hash, t.created_by, t.created_at, t.expires_at,
                   t.revoked_at, t.last_used_at, u.display_name
            from api_token t\s""" + UserSql.join("u", "t.created_by");

    private final JdbcClient jdbc;

    JdbcApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored token with what the authentication needs beside the list item. */
    public record StoredToken(ApiToken token, String secretHash, long createdById) {
    }

    public long insert(String keyId, String name, AppRoles role, String secretHash, long createdBy, Instant createdAt,
                       Instant expiresAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_token (key_id, name, role, secret_hash, created_by, created_at, expires_at)
                        values (:keyId, :name, :role, :hash, :createdBy, :createdAt, :expiresAt)
                        """)
                .param("keyId", keyId).param("name", name).param("role", role.name()).param("hash", secretHash)
                .param("createdBy", createdBy).param("createdAt", Timestamp.from(createdAt))
                .param("expiresAt", Timestamp.from(expiresAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Newest first. */
    public List<ApiToken> list() {
        return jdbc.sql(COLUMNS + " order by t.created_at desc, t.id desc").query((rs, n) -> stored(rs).token()).list();
    }

    public Optional<StoredToken> find(long id) {
        return jdbc.sql(COLUMNS + " where t.id = :id").param("id", id).query((rs, n) -> stored(rs)).optional();
    }

    public Optional<StoredToken> findByKeyId(String keyId) {
        return jdbc.sql(COLUMNS + " where t.key_id = :keyId").param("keyId", keyId).query((rs, n) -> stored(rs))
                .optional();
    }

    public boolean activeNameExists(String name, Instant now) {
        return jdbc.sql("select count(*) from api_token where lower(name) = lower(:name) and revoked_at is null"
                        + " and expires_at > :now")
                .param("name", name).param("now", Timestamp.from(now)).query(Long.class).single() > 0;
    }

    /** Revokes a token not revoked yet; false if there is none such. */
    public boolean revoke(long id, Instant at) {
        return jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /**
     * Records a use, at most once a minute per token: the list shows when a token was last used without a
     * write on every call.
     */
    public void touch(long id, Instant at) {
        jdbc.sql("update api_token set last_used_at = :at where id = :id"
                        + " and (last_used_at is null or last_used_at < :minuteAgo)")
                .param("at", Timestamp.from(at)).param("id", id)
                .param("minuteAgo", Timestamp.from(at.minusSeconds(60))).update();
    }

    private static StoredToken stored(ResultSet rs) throws SQLException {
        ApiToken token = new ApiToken(rs.getLong("id"), rs.getString("key_id"), rs.getString("name"),
                AppRoles.valueOf(rs.getString("role")), rs.getString("display_name"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
        return new StoredToken(token, rs.getString("secret_hash"), rs.getLong("created_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
