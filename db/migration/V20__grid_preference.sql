-- owner: user
-- Each user's remembered sort and filter of a grid (Assignments, My articles, Review queue, …): a list
-- opens the way its user left it, in any browser, rather than for one session only.
-- sort_key names a column of that grid (null: the grid's default order); filters is the grid's own
-- encoding of its filter fields (name=value pairs, URL-encoded, '&'-joined).
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.
create table grid_preference (
    user_id          bigint        not null references user_account (id),
    grid             varchar(64)   not null,
    sort_key         varchar(64),
    sort_descending  boolean       not null,
    filters          varchar(2000) not null,
    updated_at       timestamp with time zone not null,
    constraint pk_grid_preference primary key (user_id, grid)
);
